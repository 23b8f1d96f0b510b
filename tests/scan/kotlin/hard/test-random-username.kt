class VerifySessionFlowTest {
    @Test
    fun verifySessionWithPassphrase() = runTest {
        val userName = "tester_${Random.nextLong()}" // expect: CWE-330
        val session = harness.createAccount(userName)
        assertTrue(session.isVerified())
    }
}
