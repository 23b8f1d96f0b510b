	RC4_KEY rk;
	RC4_set_key(&rk, keylen, key);
	RC4(&rk, len, in, out);                              /* expect: CWE-327 */
