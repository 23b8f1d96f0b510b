	mbedtls_sha256_context c;
	mbedtls_sha256_init(&c);
	mbedtls_sha256_starts(&c, 0);                        /* ok: CWE-328 */
	mbedtls_sha256_update(&c, buf, len);
	mbedtls_sha256_finish(&c, out);
