static void print_row(const struct row *r)
{
	const char *fmt = "%-20s %8ld %8ld\n";
	printf(fmt, r->name, r->used, r->avail);             /* ok: CWE-134 */
}
