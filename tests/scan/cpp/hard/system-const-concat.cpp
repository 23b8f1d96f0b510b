    static const std::string kReload = "systemctl reload " + std::string(kServiceName);
    std::system(kReload.c_str());                                   // ok: CWE-78 built from constants
