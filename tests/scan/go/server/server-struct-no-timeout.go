	srv := &http.Server{Addr: ":8443", Handler: router} // expect: CWE-400
	log.Fatal(srv.ListenAndServeTLS(certFile, keyFile))
