std::string Vault::Encrypt(const std::string &plain, const CryptoPP::SecByteBlock &key,
                           const CryptoPP::byte iv[12]) {
    std::string cipher;
    CryptoPP::GCM<CryptoPP::AES>::Encryption enc;                   // ok: CWE-327
    enc.SetKeyWithIV(key, key.size(), iv, 12);
    CryptoPP::StringSource(plain, true,
        new CryptoPP::AuthenticatedEncryptionFilter(enc, new CryptoPP::StringSink(cipher)));
    return cipher;
}
