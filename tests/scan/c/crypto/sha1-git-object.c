	/* object id as git computes it */
	SHA_CTX ctx;
	SHA1_Init(&ctx);                                     /* expect: CWE-328 */
	SHA1_Update(&ctx, hdr, hdrlen);
	SHA1_Update(&ctx, data, len);
	SHA1_Final(oid, &ctx);
