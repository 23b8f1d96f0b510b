        .danger_accept_invalid_certs(true) // expect: CWE-295
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client")
    };
