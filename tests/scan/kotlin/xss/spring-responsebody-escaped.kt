@GetMapping("/staff/greet", produces = [MediaType.TEXT_HTML_VALUE])
@ResponseBody
fun greet(@RequestParam name: String): String {
    return "<h1>Hello, ${HtmlUtils.htmlEscape(name)}</h1>" // ok: CWE-79
}
