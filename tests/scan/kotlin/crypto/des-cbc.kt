fun legacyEncrypt(data: ByteArray, key: ByteArray, iv: ByteArray): ByteArray {
    val cipher = Cipher.getInstance("DES/CBC/PKCS5Padding") // expect: CWE-327
    cipher.init(Cipher.ENCRYPT_MODE, SecretKeySpec(key, "DES"), IvParameterSpec(iv))
    return cipher.doFinal(data)
}
