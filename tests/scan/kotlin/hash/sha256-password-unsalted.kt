fun hashPassword(password: String): String {
    val digest = MessageDigest.getInstance("SHA-256")
    val bytes = digest.digest(password.toByteArray(Charsets.UTF_8)) // expect: CWE-916
    return Base64.getEncoder().encodeToString(bytes)
}
