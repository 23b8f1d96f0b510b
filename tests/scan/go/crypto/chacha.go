	aead, err := chacha20poly1305.NewX(key) // ok: CWE-327
	if err != nil {
		return nil, err
	}
