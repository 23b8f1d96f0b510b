	char line[128];
	sprintf(line, "user=%.64s host=%.40s", user, host);      /* ok: CWE-120 */
	log_line(line);
