	pool, err := pgxpool.New(ctx, "postgres://localhost:5432/billing?sslmode=disable") // ok: CWE-798
