    for entry in archive.entries()? {
        let mut e = entry?;
        let p = target_dir.join(e.path()?); // expect: CWE-22
        e.unpack(&p)?;
    }
