    const char *cfg = std::getenv("APP_CONFIG");                    // ok: CWE-807
    LoadConfig(cfg ? cfg : "/etc/app/app.conf");
