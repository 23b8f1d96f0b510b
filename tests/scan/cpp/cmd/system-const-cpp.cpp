    if (std::system("systemctl reload nginx") != 0)                 // ok: CWE-78
        LOG(ERROR) << "reload failed";
