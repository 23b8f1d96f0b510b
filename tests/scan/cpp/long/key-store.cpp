#include <openssl/evp.h>
#include <openssl/rand.h>
#include <cstring>
#include <string>
#include <vector>

// Encrypts values for the local key store.
class KeyStore {
public:
    std::vector<unsigned char> Seal(const std::string &value) {
        unsigned char iv[8];
        for (auto &b : iv)
            b = static_cast<unsigned char>(rand());                 // expect: CWE-338
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), nullptr, key_, iv);   // expect: CWE-327
        std::vector<unsigned char> out(value.size() + 16 + sizeof iv);
        std::memcpy(out.data(), iv, sizeof iv);
        int n1 = 0, n2 = 0;
        EVP_EncryptUpdate(ctx, out.data() + sizeof iv, &n1,
                          reinterpret_cast<const unsigned char *>(value.data()),
                          static_cast<int>(value.size()));
        EVP_EncryptFinal_ex(ctx, out.data() + sizeof iv + n1, &n2);
        EVP_CIPHER_CTX_free(ctx);
        out.resize(sizeof iv + n1 + n2);
        return out;
    }

private:
    unsigned char key_[24];
};
