    if (::chmod(upload.c_str(), 0666) != 0)                         // expect: CWE-732
        throw std::system_error(errno, std::generic_category(), "chmod");
