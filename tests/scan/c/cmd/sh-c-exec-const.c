	/* rotate the logs with the system tool */
	if (fork() == 0) {
		execl("/bin/sh", "sh", "-c", "logrotate -f /etc/logrotate.d/app", (char *)0);   /* ok: CWE-78 */
		_exit(127);
	}
