	srv.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS10} // expect: CWE-326
