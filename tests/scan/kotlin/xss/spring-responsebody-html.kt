@GetMapping("/staff/greet", produces = [MediaType.TEXT_HTML_VALUE])
@ResponseBody
fun greet(@RequestParam name: String): String {
    return "<h1>Hello, $name</h1>" // expect: CWE-79
}
