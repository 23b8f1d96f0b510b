response.sendRedirect(request.getParameter("returnTo"));   // expect: CWE-601
