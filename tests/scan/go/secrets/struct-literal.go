	cfg := mysql.Config{
		User:   "reporting",
		Passwd: "r3p0rt1ng!",          // expect: CWE-798
		Net:    "tcp",
		Addr:   "10.0.0.12:3306",
		DBName: "analytics",
	}
