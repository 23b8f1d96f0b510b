	key, err := rsa.GenerateKey(rand.Reader, 1024) // expect: CWE-326
	if err != nil {
		log.Fatal(err)
	}
