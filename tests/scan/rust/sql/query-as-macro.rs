let staff = sqlx::query_as!(Staff, "SELECT * FROM staff WHERE badge = $1", badge) // ok: CWE-89
    .fetch_all(&db)
    .await?;
