fun generateApiKey(): String {
    val pool = ('a'..'z') + ('A'..'Z') + ('0'..'9')
    return (1..40).map { pool.random() }.joinToString("") // expect: CWE-338
}
