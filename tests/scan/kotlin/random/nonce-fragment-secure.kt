    val nonce = ByteArray(12).also { SecureRandom().nextBytes(it) } // ok: CWE-338
    cipher.init(Cipher.ENCRYPT_MODE, key, GCMParameterSpec(128, nonce))
