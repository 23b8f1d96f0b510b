void backup_db(const char *dbname)
{
	char cmd[256] = "pg_dump ";
	strncat(cmd, dbname, sizeof cmd - strlen(cmd) - 1);
	strncat(cmd, " > /var/backups/db.sql", sizeof cmd - strlen(cmd) - 1);
	if (system(cmd) != 0)                                /* expect: CWE-78 */
		syslog(LOG_ERR, "backup of %s failed", dbname);
}
