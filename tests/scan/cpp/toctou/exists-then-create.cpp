bool Exporter::WriteReport(const std::string &path, const std::string &body) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0640);   // ok: CWE-367
    if (fd < 0)
        return false;
    bool ok = ::write(fd, body.data(), body.size()) == static_cast<ssize_t>(body.size());
    ::close(fd);
    return ok;
}
