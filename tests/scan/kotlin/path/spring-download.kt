@GetMapping("/files")
fun download(@RequestParam name: String): ResponseEntity<Resource> {
    val path = Paths.get(uploadDir, name) // expect: CWE-22
    return ResponseEntity.ok(UrlResource(path.toUri()))
}
