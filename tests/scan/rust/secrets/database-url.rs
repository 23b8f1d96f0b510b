    let pool = PgPool::connect("postgres://app:Xy7-pQ2-zR9@db.prod.internal/books").await?; // expect: CWE-798
