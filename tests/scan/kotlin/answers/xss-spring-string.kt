@RestController
class CommentController {
    @GetMapping("/orders/comment", produces = ["text/html"])
    fun comment(@RequestParam comment: String): String =
        "<html><body><p>$comment</p></body></html>" // expect: CWE-79
}
