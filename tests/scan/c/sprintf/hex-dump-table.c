	/* hex-encode the digest */
	static const char hx[] = "0123456789abcdef";
	for (i = 0; i < SHA256_DIGEST_LENGTH; i++) {
		out[2 * i] = hx[digest[i] >> 4];
		out[2 * i + 1] = hx[digest[i] & 0xf];
	}
	out[2 * SHA256_DIGEST_LENGTH] = '\0';
	snprintf(label, sizeof label, "sha256:%.8s", out);   /* ok: CWE-120 */
