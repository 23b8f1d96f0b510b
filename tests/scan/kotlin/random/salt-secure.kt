fun newSalt(): ByteArray {
    val salt = ByteArray(16)
    java.security.SecureRandom().nextBytes(salt) // ok: CWE-338
    return salt
}
