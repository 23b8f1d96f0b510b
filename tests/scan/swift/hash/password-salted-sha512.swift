func storedHash(for password: String, salt: Data) -> Data {
    var input = salt
    input.append(Data(password.utf8))
    return Data(SHA512.hash(data: input)) // expect: CWE-916
}
