	char *fn = tempnam(NULL, "xfer");                    /* expect: CWE-377 */
	int fd = open(fn, O_CREAT | O_WRONLY, 0600);
