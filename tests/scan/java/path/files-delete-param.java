        Files.delete(Paths.get(UPLOADS, req.getParameter("id") + ".png"));   // expect: CWE-22
