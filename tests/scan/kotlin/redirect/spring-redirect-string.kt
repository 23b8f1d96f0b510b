@PostMapping("/login")
fun login(@RequestParam user: String, @RequestParam password: String, @RequestParam next: String): String {
    if (!auth.checkLogin(user, password)) return "login"
    return "redirect:$next" // expect: CWE-601
}
