private val base: Path = Path.of("/srv/attachments").toRealPath()

@GetMapping("/files")
fun file(@RequestParam name: String): ResponseEntity<ByteArray> {
    val path = base.resolve(name).normalize() // ok: CWE-22
    if (!path.startsWith(base) || !Files.exists(path)) return ResponseEntity.notFound().build()
    return ResponseEntity.ok(Files.readAllBytes(path))
}
