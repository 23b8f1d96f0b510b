    std::ofstream dump("/tmp/crash.dmp", std::ios::binary);        // expect: CWE-377
