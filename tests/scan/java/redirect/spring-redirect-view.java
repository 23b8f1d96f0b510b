    @GetMapping("/out")
    public String out(@RequestParam String to) {
        return "redirect:" + to;   // expect: CWE-601
    }
