	char *sql = sqlite3_mprintf("DELETE FROM tickets WHERE owner = '%q'", owner);   /* ok: CWE-89 */
	rc = sqlite3_exec(db, sql, NULL, NULL, &err);
	sqlite3_free(sql);
