    std::filesystem::permissions(socket_path, std::filesystem::perms::all);   // expect: CWE-732
