    auto *f = std::fopen("/tmp/session.cache", "wb");              // expect: CWE-377
