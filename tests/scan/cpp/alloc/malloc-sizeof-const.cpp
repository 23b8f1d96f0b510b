    auto *lut = static_cast<std::uint16_t *>(std::malloc(sizeof(std::uint16_t) * 4096));   // ok: CWE-190
