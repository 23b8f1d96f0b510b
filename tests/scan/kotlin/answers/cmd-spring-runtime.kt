@PostMapping("/admin/staff/ping")
fun ping(@RequestParam host: String): String {
    val process = Runtime.getRuntime().exec(arrayOf("sh", "-c", "ping -c 3 $host")) // expect: CWE-78
    return process.inputStream.bufferedReader().use { it.readText() }
}
