    @PostMapping("/login")
    public String login(@RequestParam String user, @RequestParam String password,
                        HttpServletResponse response) {
        if (!auth.check(user, password)) {
            return "login";
        }
        Cookie c = new Cookie("remember", tokens.issue(user));   // ok: CWE-614
        c.setMaxAge(30 * 24 * 3600);
        c.setPath("/");
        c.setSecure(true);
        c.setHttpOnly(true);
        response.addCookie(c);
        return "redirect:/home";
    }
