    let dir = tempfile::tempdir()?;
    let p = dir.path().join("ticket-export.csv"); // ok: CWE-377
    std::fs::write(&p, csv)?;
