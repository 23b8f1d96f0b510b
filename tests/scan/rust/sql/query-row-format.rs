    let total: f64 = conn.query_row(&format!("SELECT SUM(total) FROM orders WHERE customer_id = {}", cid), [], |r| r.get(0))?; // expect: CWE-89
