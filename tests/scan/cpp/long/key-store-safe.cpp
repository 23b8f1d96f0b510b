#include <openssl/evp.h>
#include <openssl/rand.h>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

// Encrypts values for the local key store.
class KeyStore {
public:
    std::vector<unsigned char> Seal(const std::string &value) {
        unsigned char iv[12];
        if (RAND_bytes(iv, sizeof iv) != 1)                         // ok: CWE-338
            throw std::runtime_error("rng");
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key_, iv);   // ok: CWE-327
        std::vector<unsigned char> out(sizeof iv + value.size() + 16);
        std::memcpy(out.data(), iv, sizeof iv);
        int n1 = 0, n2 = 0;
        EVP_EncryptUpdate(ctx, out.data() + sizeof iv, &n1,
                          reinterpret_cast<const unsigned char *>(value.data()),
                          static_cast<int>(value.size()));
        EVP_EncryptFinal_ex(ctx, out.data() + sizeof iv + n1, &n2);
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out.data() + sizeof iv + n1 + n2);
        EVP_CIPHER_CTX_free(ctx);
        out.resize(sizeof iv + n1 + n2 + 16);
        return out;
    }

private:
    unsigned char key_[32];
};
