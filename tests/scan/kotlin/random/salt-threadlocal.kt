fun newSalt(): ByteArray {
    val salt = ByteArray(16)
    java.util.concurrent.ThreadLocalRandom.current().nextBytes(salt) // expect: CWE-338
    return salt
}
