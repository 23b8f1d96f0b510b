int hash_password(const char *pwd, unsigned char *md, unsigned int *mdlen)
{
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
	EVP_DigestUpdate(ctx, pwd, strlen(pwd));             /* expect: CWE-916 */
	EVP_DigestFinal_ex(ctx, md, mdlen);
	EVP_MD_CTX_free(ctx);
	return 0;
}
