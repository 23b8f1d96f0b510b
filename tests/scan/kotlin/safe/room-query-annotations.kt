@Dao
interface TicketDao {
    @Query("SELECT * FROM tickets WHERE ticket_no = :ticketNo LIMIT 1") // ok: CWE-89
    suspend fun byNumber(ticketNo: String): Ticket?

    @Query("DELETE FROM tickets WHERE closed_at < :cutoff")
    suspend fun purge(cutoff: Long)
}
