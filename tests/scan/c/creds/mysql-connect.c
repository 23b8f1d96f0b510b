	MYSQL *conn = mysql_init(NULL);
	if (!mysql_real_connect(conn, "10.0.0.12", "root", "toor2019", "inventory", 3306, NULL, 0)) {   /* expect: CWE-798 */
		fprintf(stderr, "%s\n", mysql_error(conn));
		return NULL;
	}
