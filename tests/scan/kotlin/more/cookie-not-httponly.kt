fun rememberMe(response: HttpServletResponse, token: String) {
    val c = Cookie("remember", token)
    c.isHttpOnly = false // expect: CWE-1004
    c.maxAge = 60 * 60 * 24 * 30
    response.addCookie(c)
}
