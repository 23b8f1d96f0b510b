	if (opt_clear)
		system("clear");                                 /* ok: CWE-78 */
