    let client = reqwest::blocking::Client::builder().danger_accept_invalid_hostnames(true).build()?; // expect: CWE-295
