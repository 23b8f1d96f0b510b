std::string Legacy::Encrypt(const std::string &plain, const CryptoPP::byte key[8]) {
    std::string cipher;
    CryptoPP::ECB_Mode<CryptoPP::DES>::Encryption enc(key, 8);      // expect: CWE-327
    CryptoPP::StringSource(plain, true,
        new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(cipher)));
    return cipher;
}
