        User u = userService.authenticate(req.getParameter("user"), req.getParameter("pw"));
        req.getSession().setAttribute("user", u);   // ok: CWE-501
