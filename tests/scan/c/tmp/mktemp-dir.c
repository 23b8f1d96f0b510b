	char tmpl[] = "/tmp/unpack.XXXXXX";
	if (mktemp(tmpl) == NULL || mkdir(tmpl, 0700) != 0)  /* expect: CWE-377 */
		return -1;
