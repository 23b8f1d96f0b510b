	key := []byte("0123456789abcdef0123456789abcdef") // expect: CWE-798
	block, err := aes.NewCipher(key)
