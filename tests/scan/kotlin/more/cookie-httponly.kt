fun rememberMe(response: HttpServletResponse, token: String) {
    val c = Cookie("remember", token)
    c.isHttpOnly = true // ok: CWE-1004
    c.secure = true
    c.maxAge = 60 * 60 * 24 * 30
    response.addCookie(c)
}
