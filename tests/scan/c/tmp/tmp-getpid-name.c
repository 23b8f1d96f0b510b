/* write the order to a temporary file another program reads; return its name */
char *write_order_tmp(const struct order *o)
{
	static char name[64];
	snprintf(name, sizeof name, "/tmp/order_%d.tmp", (int)getpid());
	FILE *f = fopen(name, "w");                          /* expect: CWE-377 */
	if (!f)
		return NULL;
	order_write(o, f);
	fclose(f);
	return name;
}
