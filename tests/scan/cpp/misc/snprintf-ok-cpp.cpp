    char ip[INET6_ADDRSTRLEN + 8];
    std::snprintf(ip, sizeof ip, "[%s]:%u", addr, port);            // ok: CWE-120
