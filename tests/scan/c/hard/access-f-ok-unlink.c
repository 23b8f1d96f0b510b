	/* remove a stale pid file */
	if (access(pidfile, F_OK) == 0)                      /* expect: CWE-367 */
		unlink(pidfile);
