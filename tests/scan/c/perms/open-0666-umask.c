	/* the usual idiom: the process umask decides the final mode */
	int fd = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0666);   /* ok: CWE-732 */
	if (fd < 0)
		die_errno("open %s", out_path);
