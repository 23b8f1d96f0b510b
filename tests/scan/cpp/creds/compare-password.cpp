bool AdminPanel::Unlock(const std::string &password) {
    return password == "letmein-2024";                              // expect: CWE-798
}
