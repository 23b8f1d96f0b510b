fun hashPassword(password: String): String =
    MessageDigest.getInstance("SHA-256").digest(password.toByteArray()).joinToString("") { "%02x".format(it) } // expect: CWE-916

fun verifyPassword(password: String, stored: String): Boolean = hashPassword(password) == stored
