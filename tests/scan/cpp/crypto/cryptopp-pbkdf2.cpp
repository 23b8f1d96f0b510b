#include <cryptopp/pwdbased.h>
#include <cryptopp/sha.h>

std::string HashPassword(const std::string &password, const CryptoPP::SecByteBlock &salt) {
    CryptoPP::SecByteBlock key(32);
    CryptoPP::PKCS5_PBKDF2_HMAC<CryptoPP::SHA256> kdf;              // ok: CWE-916
    kdf.DeriveKey(key, key.size(), 0,
                  reinterpret_cast<const CryptoPP::byte *>(password.data()), password.size(),
                  salt, salt.size(), 310000);
    return Hex(key);
}
