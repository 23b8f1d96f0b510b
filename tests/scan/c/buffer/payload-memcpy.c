void copy_payload(char dst[64], const char *src)
{
	memcpy(dst, src, strlen(src) + 1);                   /* expect: CWE-787 */
}
