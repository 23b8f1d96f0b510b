    let client = reqwest::Client::builder().danger_accept_invalid_certs(false).build()?; // ok: CWE-295
