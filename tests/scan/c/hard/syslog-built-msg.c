	char buf[256];
	snprintf(buf, sizeof buf, "login failed for %s from %s", user, peer);
	syslog(LOG_WARNING, buf);                            /* expect: CWE-134 */
