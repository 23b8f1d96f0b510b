@GetMapping("/continue")
fun cont(@RequestParam target: String): RedirectView = RedirectView(target) // expect: CWE-601
