import Foundation
import Security

/// The 32-character token emailed in a password-reset link.
func makeResetToken() -> String {
    var bytes = [UInt8](repeating: 0, count: 24)
    let status = SecRandomCopyBytes(kSecRandomDefault, bytes.count, &bytes) // ok: CWE-338
    precondition(status == errSecSuccess)
    return Data(bytes).base64EncodedString()
        .replacingOccurrences(of: "+", with: "-")
        .replacingOccurrences(of: "/", with: "_")
        .replacingOccurrences(of: "=", with: "")
}
