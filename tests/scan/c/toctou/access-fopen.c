	if (access(cfg->spool, R_OK | W_OK) == 0) {          /* expect: CWE-367 */
		FILE *fp = fopen(cfg->spool, "a+");
		spool_replay(fp);
		fclose(fp);
	}
