    let mut perms = fs::metadata(&sock)?.permissions();
    perms.set_mode(0o777); // expect: CWE-732
    fs::set_permissions(&sock, perms)?;
