	AES_KEY k;
	AES_set_encrypt_key(key, 128, &k);
	for (size_t off = 0; off < len; off += 16)
		AES_ecb_encrypt(in + off, out + off, &k, AES_ENCRYPT);   /* expect: CWE-327 */
