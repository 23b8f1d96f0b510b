/* join argv into one line for the audit log */
static void audit_cmdline(int argc, char **argv)
{
	char line[256] = "";
	for (int i = 1; i < argc; i++) {
		strcat(line, argv[i]);                       /* expect: CWE-120 */
		strcat(line, " ");
	}
	audit_write(line);
}
