import Foundation
import Security

/// Remembers the credentials after a successful sign-in.
func rememberCredentials(user: String, password: String) -> Bool {
    let base: [String: Any] = [
        kSecClass as String: kSecClassGenericPassword,
        kSecAttrService as String: "com.example.orders",
        kSecAttrAccount as String: user,
    ]
    SecItemDelete(base as CFDictionary)
    var add = base
    add[kSecValueData as String] = Data(password.utf8) // ok: CWE-312
    add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
    UserDefaults.standard.set(user, forKey: "savedUser")
    return SecItemAdd(add as CFDictionary, nil) == errSecSuccess
}
