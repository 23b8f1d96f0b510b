fun encrypt(data: ByteArray, key: SecretKey): ByteArray {
    val iv = ByteArray(12).also { SecureRandom().nextBytes(it) }
    val c = Cipher.getInstance("AES/GCM/NoPadding")
    c.init(Cipher.ENCRYPT_MODE, key, GCMParameterSpec(128, iv)) // ok: CWE-329
    return iv + c.doFinal(data)
}
