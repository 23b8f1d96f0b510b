let staff: Vec<Staff> = sqlx::query_as::<_, Staff>(&format!( // expect: CWE-89
    "SELECT * FROM staff WHERE badge = '{}' AND active", badge
))
.fetch_all(&db)
.await?;
