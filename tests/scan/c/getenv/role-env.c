void handle_admin_cmd(struct session *s, const char *cmd)
{
	char *role = getenv("APP_ROLE");
	if (role != NULL && strcmp(role, "admin") == 0) {    /* expect: CWE-807 */
		run_admin_command(s, cmd);
		return;
	}
	send_error(s, "forbidden");
}
