	const EVP_MD *md = EVP_get_digestbyname("md5");      /* expect: CWE-328 */
	EVP_DigestInit_ex(ctx, md, NULL);
