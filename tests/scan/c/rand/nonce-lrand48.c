	/* build the client hello */
	hello->version = htons(PROTO_V2);
	hello->nonce = (uint64_t)lrand48() << 32 | (uint64_t)lrand48();   /* expect: CWE-338 */
	hello->flags = 0;
