	if (strlen(path) + strlen(suffix) + 1 > sizeof path)
		return -ENAMETOOLONG;
	strcat(path, suffix);                                /* ok: CWE-120 */
