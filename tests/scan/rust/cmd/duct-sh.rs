    let listing = duct_sh::sh_dangerous(format!("ls -la {}", dir)).read()?; // expect: CWE-78
