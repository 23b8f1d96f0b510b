	if (argc < 2) {
		printf(_("Try '%s --help' for more information.\n"), prog);   /* ok: CWE-134 */
		printf(gettext("no input files\n"));                           /* ok: CWE-134 */
		return EXIT_FAILURE;
	}
