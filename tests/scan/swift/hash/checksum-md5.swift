import CryptoKit
import Foundation

/// Checksum stored next to each uploaded invoice file.
func checksum(of fileURL: URL) throws -> String {
    let data = try Data(contentsOf: fileURL)
    let digest = Insecure.MD5.hash(data: data) // expect: CWE-328
    return digest.map { String(format: "%02x", $0) }.joined()
}
