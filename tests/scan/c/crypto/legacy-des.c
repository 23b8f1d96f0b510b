#include <openssl/evp.h>

/* encrypt a record with the 8-byte key from the legacy config */
int record_encrypt(const unsigned char key[8], const unsigned char *in, int inlen,
                   unsigned char *out, int *outlen)
{
	EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
	unsigned char iv[8] = {0};
	int n1 = 0, n2 = 0;
	if (!ctx)
		return -1;
	if (EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, key, iv) != 1 ||   /* expect: CWE-327 */
	    EVP_EncryptUpdate(ctx, out, &n1, in, inlen) != 1 ||
	    EVP_EncryptFinal_ex(ctx, out + n1, &n2) != 1) {
		EVP_CIPHER_CTX_free(ctx);
		return -1;
	}
	*outlen = n1 + n2;
	EVP_CIPHER_CTX_free(ctx);
	return 0;
}
