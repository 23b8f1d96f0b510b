import java.security.SecureRandom
import kotlin.random.asKotlinRandom

fun generateApiKey(): String {
    val rng = SecureRandom().asKotlinRandom()
    val pool = ('a'..'z') + ('A'..'Z') + ('0'..'9')
    return (1..40).map { pool.random(rng) }.joinToString("") // ok: CWE-338
}
