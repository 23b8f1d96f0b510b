#include <openssl/evp.h>

int record_encrypt(const unsigned char key[32], const unsigned char iv[12],
                   const unsigned char *in, int inlen, unsigned char *out, unsigned char tag[16])
{
	EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
	int n1 = 0, n2 = 0, ok;
	ok = ctx && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv) == 1   /* ok: CWE-327 */
	     && EVP_EncryptUpdate(ctx, out, &n1, in, inlen) == 1
	     && EVP_EncryptFinal_ex(ctx, out + n1, &n2) == 1
	     && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag) == 1;
	EVP_CIPHER_CTX_free(ctx);
	return ok ? n1 + n2 : -1;
}
