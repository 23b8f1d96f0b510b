        String msg = request.getParameter("msg");
        response.getWriter().write(msg);   // expect: CWE-79
