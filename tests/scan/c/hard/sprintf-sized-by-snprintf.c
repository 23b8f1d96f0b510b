char *format_address(const struct addr *a)
{
	int n = snprintf(NULL, 0, "%s, %s %s", a->street, a->zip, a->city);
	if (n < 0)
		return NULL;
	char *out = malloc((size_t)n + 1);
	if (out)
		sprintf(out, "%s, %s %s", a->street, a->zip, a->city);   /* ok: CWE-120 */
	return out;
}
