int Net::Ping(const std::string &host) {
    static const std::regex ok("^[A-Za-z0-9.-]{1,253}$");
    if (!std::regex_match(host, ok) || host[0] == '-')
        return -1;
    return std::system(("ping -c 3 " + host).c_str());             // expect: CWE-78
}
