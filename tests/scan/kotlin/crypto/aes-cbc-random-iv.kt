fun encryptAccount(account: String, key: SecretKeySpec): ByteArray {
    val iv = ByteArray(16).also { SecureRandom().nextBytes(it) }
    val c = Cipher.getInstance("AES/CBC/PKCS5Padding") // ok: CWE-327
    c.init(Cipher.ENCRYPT_MODE, key, IvParameterSpec(iv))
    return iv + c.doFinal(account.toByteArray())
}
