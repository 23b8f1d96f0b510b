    std::ifstream in(cfg_path);                                     // ok: CWE-367
    if (in)
        Parse(in);
