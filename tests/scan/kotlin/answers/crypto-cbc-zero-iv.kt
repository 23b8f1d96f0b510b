fun encryptField(accountNumber: String, key: SecretKey): String {
    val cipher = Cipher.getInstance("AES/CBC/PKCS5Padding")
    cipher.init(Cipher.ENCRYPT_MODE, key, IvParameterSpec(ByteArray(16))) // expect: CWE-329
    return Base64.getEncoder().encodeToString(cipher.doFinal(accountNumber.toByteArray()))
}
