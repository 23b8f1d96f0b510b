    for entry in archive.entries()? {
        let mut e = entry?;
        e.unpack_in(&target_dir)?; // ok: CWE-22
    }
