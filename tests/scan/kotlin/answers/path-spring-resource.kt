@GetMapping("/files")
fun file(@RequestParam name: String): ResponseEntity<ByteArray> {
    val path = Path.of("/srv/attachments", name) // expect: CWE-22
    if (!Files.exists(path)) return ResponseEntity.notFound().build()
    return ResponseEntity.ok(Files.readAllBytes(path))
}
