	key, err := hex.DecodeString(os.Getenv("ENCRYPTION_KEY")) // ok: CWE-798
	block, err := aes.NewCipher(key)
