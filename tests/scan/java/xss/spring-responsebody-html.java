    @GetMapping(value = "/search", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String search(@RequestParam String q) {
        return "<p>No results for <b>" + q + "</b></p>";   // expect: CWE-79
    }
