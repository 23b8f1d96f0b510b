        out.printf("<div class=\"err\">%s</div>", request.getParameter("error"));   // expect: CWE-79
