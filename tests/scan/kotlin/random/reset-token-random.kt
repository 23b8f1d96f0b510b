import java.util.Random

class ResetTokenService(private val repo: TokenRepository) {
    private val chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    private val rnd = Random() // expect: CWE-338

    fun createResetToken(userId: Long): String {
        val sb = StringBuilder()
        repeat(32) { sb.append(chars[rnd.nextInt(chars.length)]) }
        val token = sb.toString()
        repo.save(userId, token)
        return token
    }
}
