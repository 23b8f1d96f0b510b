    let listing = duct::cmd!("ls", "-la", dir).read()?; // ok: CWE-78
