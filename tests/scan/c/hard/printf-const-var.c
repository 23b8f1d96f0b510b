	const char *msg = "Done. Restart the service to apply the changes.\n";
	printf(msg);                                         /* ok: CWE-134 */
