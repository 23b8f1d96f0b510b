	char line[128];
	sprintf(line, "user=%.64s host=%.40s", user, host);      /* expect: CWE-120 bounded, low */
	log_line(line);
