private const val RSA_MODE = "RSA/ECB/PKCS1Padding" // expect: CWE-780

fun wrapKey(publicKey: PublicKey, aesKey: ByteArray): ByteArray {
    val cipher = Cipher.getInstance(RSA_MODE)
    cipher.init(Cipher.ENCRYPT_MODE, publicKey)
    return cipher.doFinal(aesKey)
}
