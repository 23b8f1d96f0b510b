@PostMapping("/login")
fun login(@RequestParam user: String, @RequestParam password: String): String {
    if (!auth.checkLogin(user, password)) return "login"
    return "redirect:/dashboard" // ok: CWE-601
}
