	/* a public HTTPS server does not ask clients for certificates */
	SSL_CTX_set_verify(srv_ctx, SSL_VERIFY_NONE, NULL);      /* ok: CWE-295 */
