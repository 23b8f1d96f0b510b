	char esc[2 * 64 + 1];
	char q[512];
	mysql_real_escape_string(conn, esc, name, strnlen(name, 64));
	snprintf(q, sizeof q, "SELECT id FROM tickets WHERE owner = '%s'", esc);   /* ok: CWE-89 escaped */
