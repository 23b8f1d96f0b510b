	cfg := &tls.Config{MinVersion: tls.VersionTLS13} // ok: CWE-326
