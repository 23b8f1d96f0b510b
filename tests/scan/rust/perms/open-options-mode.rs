    let f = OpenOptions::new().create(true).write(true).mode(0o666).open(&log_path)?; // expect: CWE-732
