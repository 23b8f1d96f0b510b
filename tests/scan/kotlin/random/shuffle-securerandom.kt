import java.security.SecureRandom
import kotlin.random.asKotlinRandom

private val rng = SecureRandom().asKotlinRandom()

fun pickQuestions(all: List<Question>, n: Int): List<Question> =
    all.shuffled(rng).take(n) // ok: CWE-330
