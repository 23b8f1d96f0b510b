void Console::Echo(const std::string &msg) {
    printf(msg.c_str());                                            // expect: CWE-134
}
