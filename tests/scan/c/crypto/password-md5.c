#include <openssl/md5.h>
#include <stdio.h>
#include <string.h>

/* value stored in the users table for a password */
void password_hash_hex(const char *password, char out[33])
{
	unsigned char d[MD5_DIGEST_LENGTH];
	MD5((const unsigned char *)password, strlen(password), d);   /* expect: CWE-916 */
	for (int i = 0; i < MD5_DIGEST_LENGTH; i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}
