int copy_payload(char dst[64], const char *src)
{
	size_t n = strnlen(src, 64);
	if (n == 64)
		return -1;
	memcpy(dst, src, n + 1);                             /* ok: CWE-787 */
	return 0;
}
