/* write the report to a temp file and return its name */
char *report_to_temp(const struct report *r)
{
	char *name = strdup(tmpnam(NULL));                   /* expect: CWE-377 */
	FILE *f = fopen(name, "w");
	if (!f) {
		free(name);
		return NULL;
	}
	report_write(r, f);
	fclose(f);
	return name;
}
