        Cookie session = new Cookie("SESSIONID", sid);
        session.setSecure(false);   // expect: CWE-614
        resp.addCookie(session);
