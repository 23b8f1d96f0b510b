std::string AccountService::TemporaryPassword() {
    std::string out(12, ' ');
    for (auto &c : out)
        c = kAlnum[randombytes_uniform(62)];                        // ok: CWE-338
    return out;
}
