private val IV = "0000000000000000".toByteArray()

fun encrypt(data: ByteArray, key: SecretKey): ByteArray {
    val c = Cipher.getInstance("AES/CBC/PKCS5Padding")
    c.init(Cipher.ENCRYPT_MODE, key, IvParameterSpec(IV)) // expect: CWE-329
    return c.doFinal(data)
}
