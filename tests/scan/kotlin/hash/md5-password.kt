fun hashPassword(password: String): String {
    val md = MessageDigest.getInstance("MD5") // expect: CWE-916
    return md.digest(password.toByteArray()).joinToString("") { "%02x".format(it) }
}
