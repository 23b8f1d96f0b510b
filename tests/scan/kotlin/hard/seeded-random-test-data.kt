object Fixtures {
    private val rnd = java.util.Random(42) // expect: CWE-330

    fun orders(n: Int): List<Order> = (1..n).map {
        Order(ref = "ORD-%05d".format(it), totalCents = rnd.nextInt(50_000).toLong())
    }
}
