	char q[256];
	sprintf(q, "SELECT title, author FROM books WHERE isbn = '%s'", isbn);   /* expect: CWE-89 CWE-120 */
	PGresult *r = PQexec(conn, q);
