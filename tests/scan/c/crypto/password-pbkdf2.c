#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>

/* value stored in the users table for a password: salt$hash, hex */
int password_hash_hex(const char *password, char out[97])
{
	unsigned char salt[16], d[32];
	if (RAND_bytes(salt, sizeof salt) != 1)
		return -1;
	if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, sizeof salt,
	                      600000, EVP_sha256(), sizeof d, d) != 1)   /* ok: CWE-916 */
		return -1;
	for (int i = 0; i < 16; i++)
		snprintf(out + 2 * i, 3, "%02x", salt[i]);
	out[32] = '$';
	for (int i = 0; i < 32; i++)
		snprintf(out + 33 + 2 * i, 3, "%02x", d[i]);
	return 0;
}
