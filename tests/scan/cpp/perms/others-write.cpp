    fs::permissions(dir, fs::perms::others_write, fs::perm_options::add);   // expect: CWE-732
