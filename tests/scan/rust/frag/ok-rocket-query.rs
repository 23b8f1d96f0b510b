    let rows = sqlx::query!("SELECT id FROM books WHERE author = $1", author).fetch_all(&pool).await?; // ok: CWE-89
