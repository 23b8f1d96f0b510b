@GetMapping("/proxy")
fun proxy(@RequestParam target: String): String? =
    restTemplate.getForObject(target, String::class.java) // expect: CWE-918
