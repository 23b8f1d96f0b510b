int Diagnostics::Ping(const std::string &host) {
    std::string cmd = "ping -c 3 " + host;
    return std::system(cmd.c_str());                                // expect: CWE-78
}
