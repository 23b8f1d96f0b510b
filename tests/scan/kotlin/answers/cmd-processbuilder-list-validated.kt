@PostMapping("/admin/staff/ping")
fun ping(@RequestParam host: String): ResponseEntity<String> {
    if (!InetAddressValidator.getInstance().isValid(host) && !DomainValidator.getInstance().isValid(host)) {
        return ResponseEntity.badRequest().body("invalid host")
    }
    val process = ProcessBuilder(listOf("ping", "-c", "3", host)).redirectErrorStream(true).start() // ok: CWE-78
    return ResponseEntity.ok(process.inputStream.bufferedReader().use { it.readText() })
}
