/* checksum of an uploaded file, shown to the user */
int file_md5(FILE *f, unsigned char out[16])
{
	MD5_CTX c;
	unsigned char buf[8192];
	size_t n;
	MD5_Init(&c);                                        /* expect: CWE-328 */
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		MD5_Update(&c, buf, n);
	MD5_Final(out, &c);
	return ferror(f) ? -1 : 0;
}
