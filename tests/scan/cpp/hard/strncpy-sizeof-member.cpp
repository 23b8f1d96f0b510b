    std::strncpy(hdr.name, name.c_str(), sizeof(hdr.name) - 1);    // ok: CWE-120
