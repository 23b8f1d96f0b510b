    std::string name = "/tmp/export-" + std::to_string(getpid()) + ".csv";
    std::ofstream out(name);                                        // expect: CWE-377
