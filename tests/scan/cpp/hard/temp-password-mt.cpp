std::string AccountService::TemporaryPassword() {
    static thread_local std::mt19937 gen{std::random_device{}()};   // expect: CWE-338
    std::uniform_int_distribution<int> pick(0, 61);
    std::string out(12, ' ');
    for (auto &c : out)
        c = kAlnum[pick(gen)];
    return out;
}
