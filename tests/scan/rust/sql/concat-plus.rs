    let q = "SELECT * FROM staff WHERE badge = '".to_owned() + badge + "'"; // expect: CWE-89
    let row = conn.query_row(&q, [], map_staff)?;
