    auto run = [&](const std::string &arg) {
        return std::system(("/usr/bin/convert " + arg + " out.png").c_str());   // expect: CWE-78
    };
