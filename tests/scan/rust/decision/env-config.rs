    if std::env::var("RUST_LOG").is_err() { // ok: CWE-807
        std::env::set_var("RUST_LOG", "info");
    }
