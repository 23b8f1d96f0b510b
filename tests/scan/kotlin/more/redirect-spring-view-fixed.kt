@GetMapping("/continue")
fun cont(): RedirectView = RedirectView("/home") // ok: CWE-601
