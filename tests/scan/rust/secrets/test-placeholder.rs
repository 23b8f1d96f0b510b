    let password = "changeme"; // ok: CWE-798
