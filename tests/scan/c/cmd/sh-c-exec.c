	/* run the user's post-upload hook */
	if (fork() == 0) {
		execl("/bin/sh", "sh", "-c", hook_cmd, (char *)0);      /* expect: CWE-78 */
		_exit(127);
	}
