	MYSQL *conn = mysql_init(NULL);
	if (!mysql_real_connect(conn, cfg->host, cfg->user, cfg->pass, "inventory", 3306, NULL, 0)) {   /* ok: CWE-798 */
		fprintf(stderr, "%s\n", mysql_error(conn));
		return NULL;
	}
