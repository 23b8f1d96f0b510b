#define USAGE "usage: tarsnap-keymgmt [-v] --outkeyfile FILE\n"

static void usage(void)
{
	fprintf(stderr, USAGE);                              /* ok: CWE-134 */
	printf(USAGE);                                       /* ok: CWE-134 */
	exit(1);
}
