    // the message template comes from the translation catalog shipped with the app
    spdlog::info("user {} logged in", user.name);                   // ok: CWE-134
