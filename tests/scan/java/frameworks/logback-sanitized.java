        String user = request.getParameter("user");
        String clean = user == null ? "-" : user.replaceAll("[\r\n]", "");
        log.info("lookup for {}", clean);   // ok: CWE-117
