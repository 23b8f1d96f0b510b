func saveLogin(_ creds: Credentials) throws {
    let url = FileManager.default.urls(for: .documentDirectory, in: .userDomainMask)[0]
        .appendingPathComponent("login.txt")
    try "\(creds.user):\(creds.password)".write(to: url, atomically: true, encoding: .utf8) // expect: CWE-312
}
