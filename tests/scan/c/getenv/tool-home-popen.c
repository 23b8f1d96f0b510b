	char cmd[512];
	snprintf(cmd, sizeof cmd, "%s/bin/indexer --rebuild", getenv("INDEXER_HOME"));
	FILE *p = popen(cmd, "r");                           /* expect: CWE-78 */
