std::string GenerateApiKey() {
    std::string key;
    for (int i = 0; i < 40; ++i)
        key.push_back("0123456789abcdef"[rand() % 16]);            // expect: CWE-338
    return key;
}
