	char query[1024] = "SELECT id FROM employees WHERE last_name = '";
	strncat(query, last_name, sizeof query - strlen(query) - 2);
	strcat(query, "'");
	if (mysql_query(conn, query))                        /* expect: CWE-89 */
		return -1;
