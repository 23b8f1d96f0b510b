    auto dir = std::filesystem::temp_directory_path();
    std::string tmpl = (dir / "export-XXXXXX").string();
    int fd = mkstemp(tmpl.data());                                  // ok: CWE-377
