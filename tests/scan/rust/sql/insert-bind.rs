    sqlx::query("INSERT INTO audit (actor, action) VALUES ($1, $2)") // ok: CWE-89
        .bind(user)
        .bind(action)
        .execute(&mut *tx)
        .await?;
