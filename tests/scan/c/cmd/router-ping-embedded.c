/* web admin of a home router: diagnostics page */
static void diag_ping(webs_t wp, char_t *path, char_t *query)
{
	char_t *ip = websGetVar(wp, T("ping_ip"), T(""));
	char cmd[128];

	if (!*ip) {
		websError(wp, 400, T("no address"));
		return;
	}
	sprintf(cmd, "ping -c 4 -W 1 %s > /tmp/ping.log 2>&1", ip);   /* expect: CWE-120 */
	doSystem(cmd);                                       /* expect: CWE-78 */
	websRedirect(wp, T("diag.asp"));
}
