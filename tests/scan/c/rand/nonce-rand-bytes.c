	/* build the client hello */
	hello->version = htons(PROTO_V2);
	if (RAND_bytes((unsigned char *)&hello->nonce, sizeof hello->nonce) != 1)   /* ok: CWE-338 */
		return ERR_RNG;
	hello->flags = 0;
