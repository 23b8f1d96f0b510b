    // cache key for rendered thumbnails
    std::string key = sha256_hex(url + std::to_string(width));      // ok: CWE-328
