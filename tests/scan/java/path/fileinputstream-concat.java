        String name = request.getParameter("template");
        InputStream in = new FileInputStream("/opt/app/templates/" + name);   // expect: CWE-22
