	block, err := des.NewTripleDESCipher(key) // expect: CWE-327
	if err != nil {
		return nil, err
	}
