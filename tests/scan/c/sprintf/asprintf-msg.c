	char *msg = NULL;
	if (asprintf(&msg, "user %s logged in from %s", user, ip) < 0)   /* ok: CWE-120 */
		return -1;
	audit_write(msg);
	free(msg);
