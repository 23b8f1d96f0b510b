@PostMapping("/login")
fun login(@RequestParam username: String, @RequestParam password: String): ResponseEntity<Void> {
    if (!auth.checkLogin(username, password)) {
        logger.warn("Failed login attempt for {}", username) // expect: CWE-117
        return ResponseEntity.status(401).build()
    }
    return ResponseEntity.ok().build()
}
