	EVP_MD *md = EVP_MD_fetch(NULL, "SHA2-384", NULL);   /* ok: CWE-328 */
	EVP_DigestInit_ex(ctx, md, NULL);
