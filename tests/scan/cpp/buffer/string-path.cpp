std::filesystem::path Cache::PathFor(const std::string &key) const {
    return root_ / key;                                             // ok: CWE-120
}
