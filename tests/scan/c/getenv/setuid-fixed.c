	/* drop to the service account */
	struct passwd *pw = getpwnam("svc-backup");          /* ok: CWE-807 */
	if (!pw || setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0)
		die("cannot drop privileges");
