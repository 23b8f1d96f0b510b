        String lang = request.getHeader("Accept-Language");
        response.getWriter().println("<span>Language: " + lang + "</span>");   // expect: CWE-79
