#define CRYPTOPP_ENABLE_NAMESPACE_WEAK 1
#include <cryptopp/md5.h>
#include <cryptopp/hex.h>
#include <cryptopp/filters.h>

std::string HashPassword(const std::string &password) {
    std::string digest;
    CryptoPP::Weak::MD5 hash;                                       // expect: CWE-916
    CryptoPP::StringSource ss(password, true,
        new CryptoPP::HashFilter(hash,
            new CryptoPP::HexEncoder(new CryptoPP::StringSink(digest))));
    return digest;
}
