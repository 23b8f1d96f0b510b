        String[] cmd = {"convert", request.getParameter("in"), "-resize", "50%", "out.png"};
        Runtime.getRuntime().exec(cmd);   // ok: CWE-78
