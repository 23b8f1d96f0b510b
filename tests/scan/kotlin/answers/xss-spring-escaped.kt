@RestController
class CommentController {
    @GetMapping("/orders/comment", produces = ["text/html"])
    fun comment(@RequestParam comment: String): String =
        "<html><body><p>${HtmlUtils.htmlEscape(comment)}</p></body></html>" // ok: CWE-79
}
