	mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_REQUIRED);   /* ok: CWE-295 */
	mbedtls_ssl_conf_ca_chain(&conf, &cacert, NULL);
