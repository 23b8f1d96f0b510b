	if ((fd = open(path, O_RDONLY)) == -1)
		err(1, "%s", path);                              /* ok: CWE-134 */
	if (fstat(fd, &st) == -1)
		warnx("%s", errbuf);                             /* ok: CWE-134 */
