@PostMapping("/avatars")
fun upload(@RequestParam file: MultipartFile): String {
    val dest = Paths.get("/srv/avatars").resolve(file.originalFilename!!) // expect: CWE-22
    file.transferTo(dest)
    return "ok"
}
