std::string Spool::NewFile() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "spool-XXXXXX").string();
    int fd = ::mkstemp(tmpl.data());                                // ok: CWE-377
    if (fd < 0)
        throw std::system_error(errno, std::generic_category());
    ::close(fd);
    return tmpl;
}
