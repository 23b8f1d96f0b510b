let staff: Vec<Staff> = sqlx::query_as::<_, Staff>(&format!(
    "SELECT * FROM staff WHERE badge = '{}' AND active", badge // expect: CWE-89
))
.fetch_all(&db)
.await?;
