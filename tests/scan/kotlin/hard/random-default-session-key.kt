fun newSessionKey(): ByteArray = kotlin.random.Random.Default.nextBytes(32) // expect: CWE-338
