    if (::chmod(upload.c_str(), 0640) != 0)                         // ok: CWE-732
        throw std::system_error(errno, std::generic_category(), "chmod");
