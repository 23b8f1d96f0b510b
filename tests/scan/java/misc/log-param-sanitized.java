        logger.info("Login attempt for user {}", request.getParameter("username").replaceAll("[\r\n]", "_"));   // ok: CWE-117
