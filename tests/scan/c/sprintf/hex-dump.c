	/* hex-encode the digest */
	for (i = 0; i < SHA256_DIGEST_LENGTH; i++)
		sprintf(out + 2 * i, "%02x", digest[i]);         /* expect: CWE-120 */
	out[2 * SHA256_DIGEST_LENGTH] = '\0';
