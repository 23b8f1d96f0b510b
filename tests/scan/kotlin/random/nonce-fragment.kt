    val nonce = ByteArray(12).also { kotlin.random.Random.nextBytes(it) } // expect: CWE-338
    cipher.init(Cipher.ENCRYPT_MODE, key, GCMParameterSpec(128, nonce))
