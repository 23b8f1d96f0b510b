let cfg = Path::new(&home).join(".config").join("catalogue.toml"); // ok: CWE-22
