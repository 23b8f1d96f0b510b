        out.printf("<div class=\"err\">%s</div>", StringEscapeUtils.escapeHtml4(request.getParameter("error")));   // ok: CWE-79
