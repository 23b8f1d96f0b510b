std::string Spool::NewFile() {
    char name[L_tmpnam];
    std::tmpnam(name);                                              // expect: CWE-377
    std::ofstream(name).close();
    return name;
}
