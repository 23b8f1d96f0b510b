    if (access(cfg_path.c_str(), R_OK) == 0) {                      // expect: CWE-367
        std::ifstream in(cfg_path);
        Parse(in);
    }
