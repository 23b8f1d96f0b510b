func resetToken(for email: String) -> String {
    let seed = "\(email)-\(Date().timeIntervalSince1970)"
    return Insecure.MD5.hash(data: Data(seed.utf8)).map { String(format: "%02x", $0) }.joined() // expect: CWE-328
}
