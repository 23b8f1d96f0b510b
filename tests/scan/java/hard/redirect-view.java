    @GetMapping("/go")
    public RedirectView go(@RequestParam("to") String to) {
        return new RedirectView(to);   // expect: CWE-601
    }
