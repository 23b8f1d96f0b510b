/* count the log lines mentioning the user */
long count_hits(const char *logfile, const char *user)
{
	char cmd[512], out[32];
	long n = -1;
	snprintf(cmd, sizeof cmd, "grep -c '%s' %s", user, logfile);
	FILE *p = popen(cmd, "r");                           /* expect: CWE-78 */
	if (!p)
		return -1;
	if (fgets(out, sizeof out, p))
		n = strtol(out, NULL, 10);
	pclose(p);
	return n;
}
