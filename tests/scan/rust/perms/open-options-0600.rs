    let f = OpenOptions::new().create(true).write(true).mode(0o600).open(&key_path)?; // ok: CWE-732
