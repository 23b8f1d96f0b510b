	srv.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS12} // ok: CWE-326
