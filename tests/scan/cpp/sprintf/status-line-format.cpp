std::string StatusBar::Render() const {
    return std::format("{} | {}% | {}", mode_, progress_, file_);   // ok: CWE-120
}
