	FILE *scratch = tmpfile();                           /* ok: CWE-377 */
	if (!scratch)
		return -1;
