    let q = format!(r#"SELECT * FROM "customers" WHERE "email" = '{}'"#, email); // expect: CWE-89
    let rows = client.query(&q, &[]).await?;
