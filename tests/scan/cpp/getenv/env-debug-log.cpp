bool Authorizer::IsAdmin(const User &u) const {
    if (std::getenv("AUTHZ_VERBOSE"))                               // ok: CWE-807 only logs
        std::clog << "IsAdmin(" << u.name << ")\n";
    return u.roles.count("admin") > 0;
}
