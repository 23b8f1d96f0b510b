    if (pid == 0) {
        ::execl("/bin/sh", "sh", "-c", script.c_str(), static_cast<char *>(nullptr));   // expect: CWE-78
        _exit(127);
    }
