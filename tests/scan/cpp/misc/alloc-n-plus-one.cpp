    char *copy = static_cast<char *>(std::malloc(len + 1));         // ok: CWE-190
    std::memcpy(copy, s, len);
    copy[len] = '\0';
