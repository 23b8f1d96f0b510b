	char dest[10];
	snprintf(dest, 10, src);                             /* expect: CWE-134 */
