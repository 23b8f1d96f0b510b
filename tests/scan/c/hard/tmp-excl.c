	int fd = open("/tmp/.X0-lock", O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0644);   /* ok: CWE-377 */
	if (fd < 0)
		return -1;
