import kotlinx.coroutines.delay
import kotlin.random.Random

suspend fun <T> retrying(times: Int, block: suspend () -> T): T {
    var attempt = 0
    while (true) {
        try {
            return block()
        } catch (e: java.io.IOException) {
            if (++attempt >= times) throw e
            val jitter = Random.nextLong(0, 250) // expect: CWE-330
            delay(100L * (1 shl attempt) + jitter)
        }
    }
}
