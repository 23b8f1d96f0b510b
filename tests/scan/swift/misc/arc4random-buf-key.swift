    var key = [UInt8](repeating: 0, count: 32)
    arc4random_buf(&key, key.count) // ok: CWE-338
