	const char *dir = getenv("TMPDIR");                  /* ok: CWE-807 */
	char tmpl[PATH_MAX];
	snprintf(tmpl, sizeof tmpl, "%s/upload-XXXXXX", dir ? dir : "/tmp");
	int fd = mkstemp(tmpl);                              /* ok: CWE-377 */
