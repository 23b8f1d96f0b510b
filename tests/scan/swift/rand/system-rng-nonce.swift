    var rng = SystemRandomNumberGenerator()
    let nonce = (0..<12).map { _ in UInt8.random(in: 0...255, using: &rng) } // ok: CWE-338
