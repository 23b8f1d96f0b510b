    let row = sqlx::query(&format!("SELECT * FROM books WHERE isbn = '{isbn}'")) // expect: CWE-89
        .fetch_one(&pool)
        .await?;
