    if (w > 16384 || h > 16384)
        return nullptr;
    auto *buf = new std::uint8_t[w * h];                            // ok: CWE-680
