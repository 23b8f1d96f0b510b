	char tmpl[] = "/tmp/unpack.XXXXXX";
	if (mkdtemp(tmpl) == NULL)                           /* ok: CWE-377 */
		return -1;
