std::string GenerateApiKey() {
    unsigned char raw[20];
    if (RAND_bytes(raw, sizeof raw) != 1)                           // ok: CWE-338
        throw std::runtime_error("rng");
    std::string key;
    for (unsigned char c : raw) {
        key.push_back("0123456789abcdef"[c >> 4]);
        key.push_back("0123456789abcdef"[c & 15]);
    }
    return key;
}
