    let pool = PgPool::connect(&std::env::var("DATABASE_URL")?).await?; // ok: CWE-798
