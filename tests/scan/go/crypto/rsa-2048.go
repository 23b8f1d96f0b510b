	key, err := rsa.GenerateKey(rand.Reader, 3072) // ok: CWE-326
	if err != nil {
		log.Fatal(err)
	}
