int Repo::CountFor(const std::string &owner) {
    auto sql = std::format("SELECT COUNT(*) FROM tickets WHERE owner = '{}'", owner);   // expect: CWE-89
    return QueryInt(sql);
}
