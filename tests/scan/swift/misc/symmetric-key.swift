    let key = SymmetricKey(size: .bits256) // ok: CWE-338
