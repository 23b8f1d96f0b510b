/* open the message in the user's editor */
static int edit_file(const char *path)
{
	char cmd[PATH_MAX + 64];
	const char *editor = getenv("EDITOR");
	if (!editor)
		editor = "vi";
	snprintf(cmd, sizeof cmd, "%s %s", editor, path);
	return system(cmd);                                  /* expect: CWE-78 */
}
