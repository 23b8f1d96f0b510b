        NamingEnumeration<?> answer = context.search(baseDn, "(mail=" + request.getParameter("email") + ")", controls);   // expect: CWE-90
