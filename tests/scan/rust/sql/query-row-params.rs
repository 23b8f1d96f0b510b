    let total: f64 = conn.query_row("SELECT SUM(total) FROM orders WHERE customer_id = ?1", [cid], |r| r.get(0))?; // ok: CWE-89
