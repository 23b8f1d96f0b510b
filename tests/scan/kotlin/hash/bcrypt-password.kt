import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder

private val encoder = BCryptPasswordEncoder(12)

fun hashPassword(password: String): String = encoder.encode(password) // ok: CWE-916

fun verifyPassword(password: String, hash: String): Boolean = encoder.matches(password, hash)
