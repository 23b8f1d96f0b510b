	/* keep a private copy of the user name */
	free(sess->user);
	sess->user = strdup(user);                           /* ok: CWE-120 */
	if (!sess->user)
		return -ENOMEM;
