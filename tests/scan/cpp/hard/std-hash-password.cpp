void UserRepo::SetPassword(User &u, const std::string &password) {
    u.password_hash = std::to_string(std::hash<std::string>{}(password));   // expect: CWE-916
    Save(u);
}
