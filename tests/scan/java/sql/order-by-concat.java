String query = "SELECT id, title FROM books ORDER BY " + request.getParameter("sort");
ResultSet rs = statement.executeQuery(query);   // expect: CWE-89
