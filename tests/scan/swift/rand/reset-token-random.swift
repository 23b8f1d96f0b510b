import Foundation

/// The 32-character token emailed in a password-reset link.
func makeResetToken() -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    srandom(UInt32(time(nil))) // expect: CWE-338
    var token = ""
    for _ in 0..<32 {
        token.append(alphabet[random() % alphabet.count]) // expect: CWE-338
    }
    return token
}
