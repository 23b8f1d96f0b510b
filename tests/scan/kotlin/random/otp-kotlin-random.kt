import kotlin.random.Random

fun generateOtp(): String {
    val code = Random.nextInt(100000, 999999) // expect: CWE-338
    return code.toString()
}
