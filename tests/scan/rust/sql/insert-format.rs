    sqlx::query(&format!("INSERT INTO audit (actor, action) VALUES ('{}', '{}')", user, action)) // expect: CWE-89
        .execute(&mut *tx)
        .await?;
