    char iface[IFNAMSIZ];
    std::strncpy(iface, name.c_str(), name.size());                 // expect: CWE-121
