        String name = request.getParameter("name");
        PrintWriter out = response.getWriter();
        out.write(String.format("<tr><td>%s</td></tr>", name));   // expect: CWE-79
