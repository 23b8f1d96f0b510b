    std::vector<char> buf(len);
    std::memcpy(buf.data(), src, len);                              // ok: CWE-121
