    let d = ring::digest::digest(&ring::digest::SHA256, &bytes); // ok: CWE-328
