private val algorithm = Algorithm.HMAC256("my-super-secret-signing-key-2024") // expect: CWE-798
