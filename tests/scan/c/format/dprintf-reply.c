	/* reply with the server banner the admin configured */
	dprintf(client_fd, cfg->banner);                         /* expect: CWE-134 */
