import java.security.SecureRandom

private val secure = SecureRandom()

fun generateOtp(): String {
    val code = secure.nextInt(900000) + 100000 // ok: CWE-338
    return code.toString()
}
