#include <openssl/rand.h>

static int csrf_token_fill(char *dst, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char raw[64];
	size_t bytes = (n - 1) / 2;
	if (bytes > sizeof raw || RAND_bytes(raw, (int)bytes) != 1)   /* ok: CWE-338 */
		return -1;
	for (size_t i = 0; i < bytes; i++) {
		dst[2 * i] = hex[raw[i] >> 4];
		dst[2 * i + 1] = hex[raw[i] & 15];
	}
	dst[2 * bytes] = '\0';
	return 0;
}
