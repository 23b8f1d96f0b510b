func sessionIdentifier() -> String {
    srand48(Int(Date().timeIntervalSince1970)) // expect: CWE-338
    return (0..<4).map { _ in String(format: "%08x", Int(drand48() * Double(UInt32.max))) }.joined() // expect: CWE-338
}
