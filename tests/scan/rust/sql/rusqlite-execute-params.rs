use rusqlite::{params, Connection};

pub fn close_ticket(conn: &Connection, ticket_no: &str, note: &str) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE tickets SET status = 'closed', note = ?1 WHERE ticket_no = ?2", // ok: CWE-89
        params![note, ticket_no],
    )
}
