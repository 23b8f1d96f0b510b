import CryptoKit
import Foundation

/// The value stored for a new customer account's password.
func hashPassword(_ password: String) -> String {
    let digest = SHA256.hash(data: Data(password.utf8)) // expect: CWE-916
    return digest.map { String(format: "%02x", $0) }.joined()
}

func verifyPassword(_ password: String, stored: String) -> Bool {
    hashPassword(password) == stored
}
