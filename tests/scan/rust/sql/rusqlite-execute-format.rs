use rusqlite::Connection;

pub fn close_ticket(conn: &Connection, ticket_no: &str, note: &str) -> rusqlite::Result<usize> {
    conn.execute(
        &format!("UPDATE tickets SET status = 'closed', note = '{}' WHERE ticket_no = '{}'", note, ticket_no), // expect: CWE-89
        [],
    )
}
