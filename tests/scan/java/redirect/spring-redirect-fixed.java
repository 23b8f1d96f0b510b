    @GetMapping("/logout-done")
    public String out() {
        return "redirect:/login?logout";   // ok: CWE-601
    }
