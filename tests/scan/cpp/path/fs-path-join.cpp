std::ifstream Store::Open(const std::string &name) {
    std::filesystem::path p = root_ / name;                         // expect: CWE-22
    return std::ifstream(p, std::ios::binary);
}
