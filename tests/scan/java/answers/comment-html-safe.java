@RestController
public class CommentController {

    @GetMapping(value = "/comment", produces = MediaType.TEXT_HTML_VALUE)
    public String showComment(@RequestParam("text") String text) {
        return "<!DOCTYPE html><html><body><p>" + HtmlUtils.htmlEscape(text) + "</p></body></html>";   // ok: CWE-79
    }
}
