func sessionIdentifier() -> String {
    (0..<4).map { _ in String(format: "%08x", arc4random()) }.joined() // ok: CWE-338
}
