	/* drop to the service account */
	uid_t uid = (uid_t)atoi(getenv("SERVICE_UID"));      /* expect: CWE-807 */
	if (setuid(uid) != 0)
		die("setuid");
