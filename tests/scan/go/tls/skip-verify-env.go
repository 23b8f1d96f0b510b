	tlsCfg := &tls.Config{
		InsecureSkipVerify: os.Getenv("SKIP_TLS_VERIFY") == "1", // expect: CWE-295
	}
