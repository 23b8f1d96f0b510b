    let otp = String(format: "%06d", Int(rand()) % 1_000_000) // expect: CWE-338
