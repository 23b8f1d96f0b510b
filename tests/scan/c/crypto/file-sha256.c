/* checksum of an uploaded file, shown to the user */
int file_sha256(FILE *f, unsigned char out[32])
{
	EVP_MD_CTX *c = EVP_MD_CTX_new();
	unsigned char buf[8192];
	size_t n;
	EVP_DigestInit_ex(c, EVP_sha256(), NULL);            /* ok: CWE-328 */
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		EVP_DigestUpdate(c, buf, n);
	EVP_DigestFinal_ex(c, out, NULL);
	EVP_MD_CTX_free(c);
	return ferror(f) ? -1 : 0;
}
