/* ~/.config/tool/config */
static int config_path(char *out, size_t n)
{
	const char *home = getenv("HOME");                   /* ok: CWE-807 */
	if (!home || !*home)
		return -1;
	int r = snprintf(out, n, "%s/.config/tool/config", home);
	return r < 0 || (size_t)r >= n ? -1 : 0;
}
