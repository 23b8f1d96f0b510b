	srv.TLSConfig = &tls.Config{MinVersion: tls.VersionSSL30} // expect: CWE-326
