    let pin = String(format: "%04d", Int.random(in: 0...9999)) // ok: CWE-338
