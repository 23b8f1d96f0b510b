int Diagnostics::Ping(const std::string &host) {
    if (host.empty() || host[0] == '-')
        return -1;
    const char *argv[] = {"ping", "-c", "3", host.c_str(), nullptr};
    pid_t pid;
    if (posix_spawnp(&pid, "ping", nullptr, nullptr,
                     const_cast<char *const *>(argv), environ) != 0)   // ok: CWE-78
        return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
