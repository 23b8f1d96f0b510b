object Tokens {
    private val rng = SecureRandom()

    fun resetToken(): String {
        val bytes = ByteArray(24).also(rng::nextBytes) // ok: CWE-338
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)
    }
}
