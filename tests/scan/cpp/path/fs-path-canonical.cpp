std::ifstream Store::Open(const std::string &name) {
    auto p = std::filesystem::weakly_canonical(root_ / name);
    auto rel = p.lexically_relative(root_);
    if (rel.empty() || *rel.begin() == "..")                        // ok: CWE-22
        throw std::invalid_argument("bad name");
    return std::ifstream(p, std::ios::binary);
}
