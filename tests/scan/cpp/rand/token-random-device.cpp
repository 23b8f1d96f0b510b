std::string ResetCodeFor(const User &u) {
    std::random_device rd;                                          // ok: CWE-338
    std::uniform_int_distribution<int> d(0, 999999);
    char code[8];
    std::snprintf(code, sizeof code, "%06d", d(rd));
    return code;
}
