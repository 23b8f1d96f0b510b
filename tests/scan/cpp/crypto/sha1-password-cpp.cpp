std::string UserStore::Digest(const std::string &pwd) const {
    unsigned char md[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char *>(pwd.data()), pwd.size(), md);   // expect: CWE-916
    return ToHex(md, sizeof md);
}
