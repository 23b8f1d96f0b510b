    let agent = ureq::AgentBuilder::new()
        .tls_connector(Arc::new(native_tls::TlsConnector::builder().danger_accept_invalid_certs(true).build()?)) // expect: CWE-295
        .build();
