fn find_orders(conn: &rusqlite::Connection, customer: &str) -> rusqlite::Result<Vec<Order>> {
    let filter = format!("customer = '{}'", customer);
    let q = "SELECT id, total FROM orders WHERE ".to_string() + &filter; // expect: CWE-89
    let mut stmt = conn.prepare(&q)?;
    let rows = stmt.query_map([], |r| Ok(Order { id: r.get(0)?, total: r.get(1)? }))?;
    rows.collect()
}
