/* write the report to a temp file and return its name */
char *report_to_temp(const struct report *r)
{
	char *name = strdup("/tmp/report-XXXXXX");
	int fd = mkstemp(name);                              /* ok: CWE-377 */
	if (fd < 0) {
		free(name);
		return NULL;
	}
	FILE *f = fdopen(fd, "w");
	report_write(r, f);
	fclose(f);
	return name;
}
