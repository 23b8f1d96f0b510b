@Test
fun `sorts any permutation`() {
    val items = (1..100).toList().shuffled(Random(7)) // expect: CWE-330
    assertEquals((1..100).toList(), sorter.sort(items))
}
