fun diskUsage(): String {
    val p = ProcessBuilder("sh", "-c", "df -h / | tail -1").start() // ok: CWE-78
    return p.inputStream.bufferedReader().readText()
}
