    @PostMapping("/login")
    public String login(@RequestParam String user, @RequestParam String password,
                        HttpServletResponse response) {
        if (!auth.check(user, password)) {
            return "login";
        }
        Cookie c = new Cookie("remember", tokens.issue(user));   // expect: CWE-614
        c.setMaxAge(30 * 24 * 3600);
        c.setPath("/");
        response.addCookie(c);
        return "redirect:/home";
    }
