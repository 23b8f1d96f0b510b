	char dest[10];
	snprintf(dest, 10, "%s", src);                       /* ok: CWE-134 */
