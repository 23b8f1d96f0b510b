    debug!("issued token of {} bytes", token.len()); // ok: CWE-532
