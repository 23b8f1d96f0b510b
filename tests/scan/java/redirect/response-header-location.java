        response.setStatus(302);
        response.setHeader("Location", request.getParameter("url"));   // expect: CWE-601
