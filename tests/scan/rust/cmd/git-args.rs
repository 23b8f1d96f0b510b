    let out = Command::new("git").arg("log").arg("--format=%H").arg(&branch).output()?; // ok: CWE-78
