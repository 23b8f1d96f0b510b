fn delete_ref(conn: &Connection, order_ref: &str) -> Result<()> {
    let q = format!("DELETE FROM orders WHERE ref = '{}'", order_ref); // expect: CWE-89
    conn.execute(&q, [])?;
    Ok(())
}
