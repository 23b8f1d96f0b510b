	const char *vals[1] = { isbn };
	PGresult *r = PQexecParams(conn, "SELECT title, author FROM books WHERE isbn = $1",
	                           1, NULL, vals, NULL, NULL, 0);    /* ok: CWE-89 */
