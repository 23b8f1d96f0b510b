@PostMapping("/avatars")
fun upload(@RequestParam file: MultipartFile): String {
    val dest = Paths.get("/srv/avatars").resolve(UUID.randomUUID().toString() + ".png") // ok: CWE-22
    file.transferTo(dest)
    return "ok"
}
