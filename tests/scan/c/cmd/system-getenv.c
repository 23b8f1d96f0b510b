	/* the pager to show the report */
	system(getenv("PAGER"));                             /* expect: CWE-78 */
