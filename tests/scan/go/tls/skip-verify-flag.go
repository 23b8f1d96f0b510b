	cfg := &tls.Config{
		InsecureSkipVerify: *insecure, // expect: CWE-295
	}
