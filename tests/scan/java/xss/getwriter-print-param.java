response.getWriter().print(request.getParameter("q"));   // expect: CWE-79
