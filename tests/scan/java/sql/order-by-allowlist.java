String sort = request.getParameter("sort");
String column = "title".equals(sort) ? "title" : "id";
ResultSet rs = statement.executeQuery("SELECT id, title FROM books ORDER BY id");   // ok: CWE-89
