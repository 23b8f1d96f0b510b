class LegacyLogin(private val users: UserRepository, private val encoder: PasswordEncoder) {
    fun login(email: String, password: String): Boolean {
        val user = users.findByEmail(email) ?: return false
        if (user.legacyMd5 != null) {
            val md5 = MessageDigest.getInstance("MD5").digest(password.toByteArray()).toHex() // expect: CWE-916
            if (md5 != user.legacyMd5) return false
            users.save(user.copy(legacyMd5 = null, passwordHash = encoder.encode(password)))
            return true
        }
        return encoder.matches(password, user.passwordHash)
    }
}
