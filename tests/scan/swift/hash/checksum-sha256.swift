import CryptoKit
import Foundation

/// Checksum stored next to each uploaded invoice file.
func checksum(of fileURL: URL) throws -> String {
    let data = try Data(contentsOf: fileURL)
    let digest = SHA256.hash(data: data) // ok: CWE-328
    return digest.map { String(format: "%02x", $0) }.joined()
}
