	log.Fatal(http.ListenAndServeTLS(":443", "cert.pem", "key.pem", handler)) // expect: CWE-400
