func hashPassword(_ password: String) -> String {
    Insecure.MD5.hash(data: Data(password.utf8)).map { String(format: "%02hhx", $0) }.joined() // expect: CWE-916
}
