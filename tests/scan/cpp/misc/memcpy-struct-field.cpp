    Packet pkt{};
    std::memcpy(&pkt.header, raw, sizeof(pkt.header));              // ok: CWE-121
