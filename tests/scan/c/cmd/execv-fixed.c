	char *argv_pager[] = { "less", "-R", report_path, NULL };
	execv("/usr/bin/less", argv_pager);                  /* ok: CWE-78 */
