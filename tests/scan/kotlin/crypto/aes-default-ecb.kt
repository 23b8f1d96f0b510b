fun encryptField(plain: String, key: SecretKey): ByteArray {
    val cipher = Cipher.getInstance("AES") // expect: CWE-327
    cipher.init(Cipher.ENCRYPT_MODE, key)
    return cipher.doFinal(plain.toByteArray())
}
