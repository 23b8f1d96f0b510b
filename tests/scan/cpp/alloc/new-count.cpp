    uint32_t n = reader.ReadU32();
    auto *entries = new Entry[n];                                   // ok: CWE-190 new[] checks the size
    for (uint32_t i = 0; i < n; ++i)
        entries[i] = reader.ReadEntry();
