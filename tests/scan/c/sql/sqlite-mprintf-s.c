	char *sql = sqlite3_mprintf("DELETE FROM tickets WHERE owner = '%s'", owner);   /* expect: CWE-89 */
	rc = sqlite3_exec(db, sql, NULL, NULL, &err);
	sqlite3_free(sql);
