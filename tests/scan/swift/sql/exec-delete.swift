func deleteTicket(_ ticketNo: String) {
    let rc = sqlite3_exec(db, "DELETE FROM tickets WHERE ticket_no = '\(ticketNo)'", nil, nil, nil) // expect: CWE-89
    if rc != SQLITE_OK { print("delete failed") }
}
