    @GetMapping(value = "/search", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String search(@RequestParam String q) {
        return "<p>No results for <b>" + HtmlUtils.htmlEscape(q) + "</b></p>";   // ok: CWE-79
    }
