    let p = std::env::temp_dir().join("ticket-export.csv"); // expect: CWE-377
    std::fs::write(&p, csv)?;
