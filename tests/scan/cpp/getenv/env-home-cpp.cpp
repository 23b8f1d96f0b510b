    const char *home = std::getenv("HOME");                         // ok: CWE-807
    std::filesystem::path history = home ? std::filesystem::path(home) / ".app_history"
                                         : std::filesystem::path(".app_history");
