func makeResetToken() -> String {
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return String((0..<32).map { _ in alphabet.randomElement()! }) // ok: CWE-338
}
