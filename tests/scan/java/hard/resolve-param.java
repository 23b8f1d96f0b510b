        Path p = Paths.get(uploadRoot).resolve(request.getParameter("f"));   // expect: CWE-22
        Files.copy(p, response.getOutputStream());
