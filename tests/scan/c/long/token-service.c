#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <openssl/sha.h>

#define TOKEN_HEX 32

/* issue a password reset link for the account */
int issue_reset_link(const char *email, char *url, size_t urlsz)
{
	char token[TOKEN_HEX + 1];
	unsigned char digest[SHA256_DIGEST_LENGTH];
	static const char hex[] = "0123456789abcdef";

	srand((unsigned)time(NULL) ^ (unsigned)strlen(email));   /* expect: CWE-338 */
	for (int i = 0; i < TOKEN_HEX; i++)
		token[i] = hex[rand() & 0xf];                /* expect: CWE-338 */
	token[TOKEN_HEX] = '\0';

	SHA256((const unsigned char *)token, TOKEN_HEX, digest);   /* ok: CWE-328 */
	if (store_reset_digest(email, digest, sizeof digest, time(NULL) + 900) != 0)
		return -1;
	if (snprintf(url, urlsz, "https://shop.example/reset?t=%s", token) >= (int)urlsz)
		return -1;
	return 0;
}
