	c, _ := rc4.NewCipher(key) // expect: CWE-327
	c.XORKeyStream(dst, src)
