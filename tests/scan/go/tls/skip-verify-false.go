	cfg := &tls.Config{
		InsecureSkipVerify: false, // ok: CWE-295
		ServerName:         host,
	}
