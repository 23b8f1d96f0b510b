void greet(const char *user)
{
	char line[64];
	sprintf(line, "Welcome back, %s!", user);       /* expect: CWE-120 */
	puts(line);
}
