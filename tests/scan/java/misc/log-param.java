        logger.info("Login attempt for user " + request.getParameter("username"));   // expect: CWE-117
