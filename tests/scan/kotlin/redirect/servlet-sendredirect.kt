override fun doGet(req: HttpServletRequest, resp: HttpServletResponse) {
    resp.sendRedirect(req.getParameter("url")) // expect: CWE-601
}
