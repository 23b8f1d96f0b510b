	nonce := make([]byte, gcm.NonceSize())
	rand.Read(nonce) // ok: CWE-338
	ciphertext := gcm.Seal(nonce, nonce, plaintext, nil)
	return ciphertext, nil
}
