	pass := flag.String("password", "", "database password (or set DB_PASSWORD)") // ok: CWE-798
