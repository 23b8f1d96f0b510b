	pool, err := pgxpool.New(ctx, "postgres://admin:s3cr3t@db.internal:5432/billing") // expect: CWE-798
