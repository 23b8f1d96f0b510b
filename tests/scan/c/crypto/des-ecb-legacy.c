	DES_cblock k;
	DES_key_schedule ks;
	memcpy(k, cfg_key, 8);
	DES_set_key_unchecked(&k, &ks);
	DES_ecb_encrypt((const_DES_cblock *)in, (DES_cblock *)out, &ks, DES_ENCRYPT);   /* expect: CWE-327 */
