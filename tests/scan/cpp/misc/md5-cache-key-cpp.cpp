    // cache key for rendered thumbnails
    std::string key = md5(url + std::to_string(width));             // expect: CWE-328
