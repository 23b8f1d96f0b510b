void greet(const char *user)
{
	char line[64];
	snprintf(line, sizeof line, "Welcome back, %s!", user);   /* ok: CWE-120 */
	puts(line);
}
