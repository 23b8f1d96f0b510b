bool Exporter::WriteReport(const std::string &path, const std::string &body) {
    if (::access(path.c_str(), W_OK) != 0 && errno != ENOENT)       // expect: CWE-367
        return false;
    std::ofstream out(path, std::ios::trunc);
    out << body;
    return static_cast<bool>(out);
}
