        String displayName = req.getParameter("displayName");
        req.getSession().setAttribute("displayName", displayName);   // expect: CWE-501
