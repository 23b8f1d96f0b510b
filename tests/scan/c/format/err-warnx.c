	if ((fd = open(path, O_RDONLY)) == -1)
		err(1, path);                                    /* expect: CWE-134 */
	if (fstat(fd, &st) == -1)
		warnx(errbuf);                                   /* expect: CWE-134 */
