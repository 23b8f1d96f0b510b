    let status = Command::new("/bin/bash").args(["-c", &cmdline]).status()?; // expect: CWE-78
