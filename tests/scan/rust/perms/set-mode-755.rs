    let mut perms = fs::metadata(&bin)?.permissions();
    perms.set_mode(0o755); // ok: CWE-732
    fs::set_permissions(&bin, perms)?;
