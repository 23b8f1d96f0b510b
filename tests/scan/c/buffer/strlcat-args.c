/* join argv into one line for the audit log */
static void audit_cmdline(int argc, char **argv)
{
	char line[256] = "";
	for (int i = 1; i < argc; i++) {
		if (strlcat(line, argv[i], sizeof line) >= sizeof line)   /* ok: CWE-121 */
			break;
		strlcat(line, " ", sizeof line);
	}
	audit_write(line);
}
