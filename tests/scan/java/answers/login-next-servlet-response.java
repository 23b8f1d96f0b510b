    @PostMapping("/login")
    public void login(@RequestParam String user, @RequestParam String password,
                      @RequestParam String next, HttpServletResponse response) throws IOException {
        if (!check_login(user, password)) {
            response.sendError(401);
            return;
        }
        response.sendRedirect(next);   // expect: CWE-601
    }
