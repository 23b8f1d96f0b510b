	/* resolve beneath the spool directory only */
	struct open_how how = { .flags = O_RDONLY, .resolve = RESOLVE_BENEATH };
	int fd = syscall(SYS_openat2, spool_fd, name, &how, sizeof how);   /* ok: CWE-22 */
