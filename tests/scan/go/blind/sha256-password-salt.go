	h := sha256.New()
	h.Write([]byte(password + salt)) // expect: CWE-916
	stored := hex.EncodeToString(h.Sum(nil))
