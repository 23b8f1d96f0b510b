std::string UserStore::Digest(const std::string &pwd) const {
    char encoded[128];
    unsigned char salt[16];
    randombytes_buf(salt, sizeof salt);
    if (argon2id_hash_encoded(3, 1 << 16, 1, pwd.data(), pwd.size(), salt, sizeof salt,
                              32, encoded, sizeof encoded) != ARGON2_OK)   // ok: CWE-916
        throw std::runtime_error("argon2");
    return encoded;
}
