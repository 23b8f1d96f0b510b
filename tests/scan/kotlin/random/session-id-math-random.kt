object SessionIds {
    fun newSessionId(): String {
        val n = (Math.random() * Long.MAX_VALUE).toLong() // expect: CWE-338
        return java.lang.Long.toHexString(n)
    }
}
