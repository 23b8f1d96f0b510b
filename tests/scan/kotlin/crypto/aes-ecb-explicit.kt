private const val TRANSFORMATION = "AES/ECB/PKCS5Padding"

fun encryptAccount(account: String, key: SecretKeySpec): String {
    val c = Cipher.getInstance(TRANSFORMATION) // expect: CWE-327
    c.init(Cipher.ENCRYPT_MODE, key)
    return Base64.getEncoder().encodeToString(c.doFinal(account.toByteArray()))
}
