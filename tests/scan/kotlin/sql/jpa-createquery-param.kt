@Repository
class TicketRepositoryCustom(private val em: EntityManager) {
    fun byNumber(ticketNo: String): Ticket? =
        em.createQuery("select t from Ticket t where t.ticketNo = :no", Ticket::class.java) // ok: CWE-89
            .setParameter("no", ticketNo)
            .resultList.firstOrNull()
}
