    let otp = String(format: "%06d", arc4random_uniform(1_000_000)) // ok: CWE-338
