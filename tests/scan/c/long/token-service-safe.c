#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/random.h>
#include <openssl/sha.h>

#define TOKEN_BYTES 16

/* issue a password reset link for the account */
int issue_reset_link(const char *email, char *url, size_t urlsz)
{
	unsigned char raw[TOKEN_BYTES];
	char token[2 * TOKEN_BYTES + 1];
	unsigned char digest[SHA256_DIGEST_LENGTH];
	static const char hex[] = "0123456789abcdef";

	if (getrandom(raw, sizeof raw, 0) != (ssize_t)sizeof raw)   /* ok: CWE-338 */
		return -1;
	for (int i = 0; i < TOKEN_BYTES; i++) {
		token[2 * i] = hex[raw[i] >> 4];
		token[2 * i + 1] = hex[raw[i] & 0xf];
	}
	token[2 * TOKEN_BYTES] = '\0';

	SHA256((const unsigned char *)token, 2 * TOKEN_BYTES, digest);
	if (store_reset_digest(email, digest, sizeof digest, time(NULL) + 900) != 0)
		return -1;
	if (snprintf(url, urlsz, "https://shop.example/reset?t=%s", token) >= (int)urlsz)
		return -1;
	return 0;
}
