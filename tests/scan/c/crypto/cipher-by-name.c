	const EVP_CIPHER *c = EVP_get_cipherbyname("des-ede3-cbc");   /* expect: CWE-327 */
