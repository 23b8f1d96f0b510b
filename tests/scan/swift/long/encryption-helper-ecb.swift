import Foundation
import CommonCrypto

enum FieldCipher {
    static func encrypt(_ data: Data, key: Data) throws -> Data {
        try crypt(data, key: key, op: CCOperation(kCCEncrypt))
    }

    static func decrypt(_ data: Data, key: Data) throws -> Data {
        try crypt(data, key: key, op: CCOperation(kCCDecrypt))
    }

    private static func crypt(_ data: Data, key: Data, op: CCOperation) throws -> Data {
        var out = Data(count: data.count + kCCBlockSizeAES128)
        var outLen = 0
        let cap = out.count
        let status = out.withUnsafeMutableBytes { o in
            data.withUnsafeBytes { d in
                key.withUnsafeBytes { k in
                    CCCrypt(op, CCAlgorithm(kCCAlgorithmAES), CCOptions(kCCOptionPKCS7Padding | kCCOptionECBMode), // expect: CWE-327
                            k.baseAddress, key.count, nil,
                            d.baseAddress, data.count, o.baseAddress, cap, &outLen)
                }
            }
        }
        guard status == kCCSuccess else { throw NSError(domain: "cc", code: Int(status)) }
        return out.prefix(outLen)
    }
}
