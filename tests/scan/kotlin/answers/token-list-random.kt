private val ALPHANUM = ('A'..'Z') + ('a'..'z') + ('0'..'9')

fun generatePasswordResetToken(): String = List(32) { ALPHANUM.random() }.joinToString("") // expect: CWE-338
