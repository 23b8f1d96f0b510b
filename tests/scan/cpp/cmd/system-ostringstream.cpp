bool Archiver::Pack(const std::string &dir, const std::string &name) {
    std::ostringstream cmd;
    cmd << "tar czf /var/backups/" << name << ".tgz " << dir;
    return system(cmd.str().c_str()) == 0;                          // expect: CWE-78
}
