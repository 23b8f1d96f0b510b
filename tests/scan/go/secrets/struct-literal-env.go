	cfg := mysql.Config{
		User:   os.Getenv("DB_USER"),
		Passwd: os.Getenv("DB_PASSWORD"), // ok: CWE-798
		Net:    "tcp",
		Addr:   os.Getenv("DB_ADDR"),
		DBName: "analytics",
	}
