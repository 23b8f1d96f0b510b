let sql = format!("SELECT * FROM orders ORDER BY {} {}", sort_col, dir); // expect: CWE-89
