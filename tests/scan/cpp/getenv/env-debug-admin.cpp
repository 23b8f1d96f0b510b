bool Authorizer::IsAdmin(const User &u) const {
    if (const char *dbg = std::getenv("FORCE_ADMIN"); dbg && *dbg == '1')   // expect: CWE-807
        return true;
    return u.roles.count("admin") > 0;
}
