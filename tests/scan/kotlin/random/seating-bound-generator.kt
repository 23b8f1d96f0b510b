class SeatingPlanner(private val guests: List<Guest>) {
    fun plan(tables: Int, seed: Long): List<List<Guest>> {
        val rng = java.util.Random(seed) // expect: CWE-330
        val order = guests.shuffled(rng.asKotlinRandom())
        val tableSize = (order.size + tables - 1) / tables
        return order.chunked(tableSize)
    }

    fun sessionLabel(): String {
        val bytes = ByteArray(16).also { java.security.SecureRandom().nextBytes(it) }
        val sessionId = bytes.joinToString("") { "%02x".format(it) }
        return sessionId
    }
}
