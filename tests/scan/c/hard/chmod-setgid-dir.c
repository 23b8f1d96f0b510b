	if (mkdir(spool, 0770) == 0)
		chmod(spool, 02770);                             /* ok: CWE-732 */
