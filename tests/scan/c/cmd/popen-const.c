/* read the machine's uptime */
double uptime_seconds(void)
{
	char out[64];
	double up = -1;
	FILE *p = popen("cat /proc/uptime", "r");           /* ok: CWE-78 */
	if (p && fgets(out, sizeof out, p))
		up = strtod(out, NULL);
	if (p)
		pclose(p);
	return up;
}
