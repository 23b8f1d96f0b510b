    let connector = native_tls::TlsConnector::builder()
        .danger_accept_invalid_certs(true) // expect: CWE-295
        .build()?;
