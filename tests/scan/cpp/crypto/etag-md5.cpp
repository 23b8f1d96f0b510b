std::string StaticFiles::ETag(const std::string &body) {
    unsigned char d[MD5_DIGEST_LENGTH];
    MD5(reinterpret_cast<const unsigned char *>(body.data()), body.size(), d);   // expect: CWE-328
    return "\"" + ToHex(d, 8) + "\"";
}
