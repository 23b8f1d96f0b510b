import CryptoKit

func encryptAccount(_ plain: Data, key: SymmetricKey) throws -> Data {
    try AES.GCM.seal(plain, using: key).combined! // ok: CWE-327
}

func decryptAccount(_ blob: Data, key: SymmetricKey) throws -> Data {
    try AES.GCM.open(AES.GCM.SealedBox(combined: blob), using: key)
}
