    std::printf(verbose ? "%s: %zu entries\n" : "%s\n", name.c_str(), n);   // ok: CWE-134
