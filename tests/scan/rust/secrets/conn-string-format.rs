    let url = format!("postgres://{}:{}@{}/{}", cfg.user, cfg.password, cfg.host, cfg.db); // ok: CWE-798
