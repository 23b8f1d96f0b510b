    Html("<h1>Orders</h1><p>No orders yet.</p>".to_string()) // ok: CWE-79
