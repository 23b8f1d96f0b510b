import CommonCrypto

func deriveKey(password: String, salt: Data) -> Data {
    var derived = Data(count: 32)
    let status = derived.withUnsafeMutableBytes { out in
        salt.withUnsafeBytes { s in
            CCKeyDerivationPBKDF(CCPBKDFAlgorithm(kCCPBKDF2), password, password.utf8.count, // ok: CWE-916
                                 s.bindMemory(to: UInt8.self).baseAddress, salt.count,
                                 CCPseudoRandomAlgorithm(kCCPRFHmacAlgSHA256), 310_000,
                                 out.bindMemory(to: UInt8.self).baseAddress, 32)
        }
    }
    precondition(status == kCCSuccess)
    return derived
}
