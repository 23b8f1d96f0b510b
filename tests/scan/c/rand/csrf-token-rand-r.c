static unsigned csrf_seed;

static void csrf_token_fill(char *dst, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	if (!csrf_seed)
		csrf_seed = (unsigned)time(NULL);
	for (size_t i = 0; i + 1 < n; i++)
		dst[i] = hex[rand_r(&csrf_seed) & 15];   /* expect: CWE-338 */
	dst[n - 1] = '\0';
}
