void Console::Echo(const std::string &msg) {
    std::printf("%s", msg.c_str());                                 // ok: CWE-134
    std::cout << msg << std::endl;                                  // ok: CWE-134
}
