	char *argv_pager[] = { "pager", report_path, NULL };
	execvp(getenv("PAGER"), argv_pager);                 /* expect: CWE-78 */
