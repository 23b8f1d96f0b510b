int Repo::CountFor(std::int64_t owner_id) {
    auto sql = std::format("SELECT COUNT(*) FROM tickets WHERE owner_id = {}", owner_id);   // ok: CWE-89 an integer
    return QueryInt(sql);
}
