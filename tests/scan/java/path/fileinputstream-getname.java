        String name = FilenameUtils.getName(request.getParameter("template"));
        InputStream in = new FileInputStream("/opt/app/templates/" + name);   // ok: CWE-22
