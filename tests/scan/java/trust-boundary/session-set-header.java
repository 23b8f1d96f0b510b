        request.getSession().setAttribute("tenant", request.getHeader("X-Tenant"));   // expect: CWE-501
