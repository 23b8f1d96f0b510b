	if (bind(fd, (struct sockaddr *)&sun, sizeof sun) < 0)
		return -1;
	chmod(sun.sun_path, 0660);                           /* ok: CWE-732 */
	listen(fd, 16);
