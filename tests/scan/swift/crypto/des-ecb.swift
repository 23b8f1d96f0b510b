import CommonCrypto

func encryptAccount(_ plain: Data, key: Data) -> Data? {
    var out = Data(count: plain.count + kCCBlockSizeDES)
    var moved = 0
    let outCount = out.count
    let status = out.withUnsafeMutableBytes { o in
        plain.withUnsafeBytes { p in
            key.withUnsafeBytes { k in
                CCCrypt(CCOperation(kCCEncrypt), CCAlgorithm(kCCAlgorithmDES), // expect: CWE-327
                        CCOptions(kCCOptionPKCS7Padding | kCCOptionECBMode), // expect: CWE-327
                        k.baseAddress, kCCKeySizeDES, nil,
                        p.baseAddress, plain.count,
                        o.baseAddress, outCount, &moved)
            }
        }
    }
    guard status == kCCSuccess else { return nil }
    return out.prefix(moved)
}
