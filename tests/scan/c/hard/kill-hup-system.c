	/* ask the running daemon to reload */
	char cmd[64];
	snprintf(cmd, sizeof cmd, "kill -HUP %d", (int)pid);
	if (system(cmd) != 0)                                /* ok: CWE-78 the command holds only a number */
		warnx("reload failed");
