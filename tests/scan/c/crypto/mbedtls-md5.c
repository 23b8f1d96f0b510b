	mbedtls_md5_context c;
	mbedtls_md5_init(&c);
	mbedtls_md5_starts(&c);                              /* expect: CWE-328 */
	mbedtls_md5_update(&c, buf, len);
