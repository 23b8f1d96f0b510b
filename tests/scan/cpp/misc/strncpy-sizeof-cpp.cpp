    char iface[IFNAMSIZ];
    std::strncpy(iface, name.c_str(), sizeof(iface) - 1);           // ok: CWE-121
    iface[sizeof(iface) - 1] = '\0';
