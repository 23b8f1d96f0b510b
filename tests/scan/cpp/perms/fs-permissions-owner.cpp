    std::filesystem::permissions(socket_path,
        std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);   // ok: CWE-732
