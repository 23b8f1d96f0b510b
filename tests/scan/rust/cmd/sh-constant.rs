    let status = Command::new("sh").args(["-c", "make clean && make -j4"]).status()?; // ok: CWE-78
