fun <T> timed(label: String, block: () -> T): T {
    val start = System.nanoTime()
    val result = block()
    log.debug("select $label took ${(System.nanoTime() - start) / 1_000_000} ms")
    return result
}
