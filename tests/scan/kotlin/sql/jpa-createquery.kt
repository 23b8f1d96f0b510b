@Repository
class TicketRepositoryCustom(private val em: EntityManager) {
    fun byNumber(ticketNo: String): Ticket? =
        em.createQuery("select t from Ticket t where t.ticketNo = '$ticketNo'", Ticket::class.java) // expect: CWE-89
            .resultList.firstOrNull()
}
