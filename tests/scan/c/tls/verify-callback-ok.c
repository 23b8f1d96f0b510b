static int accept_all(int preverify, X509_STORE_CTX *x)
{
	(void)preverify; (void)x;
	return 1;
}
	SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, accept_all);   /* expect: CWE-295 */
