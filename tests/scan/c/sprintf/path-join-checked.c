#include <stdio.h>
#include <string.h>

/* Build "<dir>/<name>" into the caller's 256-byte buffer. */
int path_join(char out[256], const char *dir, const char *name)
{
	int n = snprintf(out, 256, "%s/%s", dir, name);      /* ok: CWE-120 */
	return n < 0 || n >= 256 ? -1 : 0;
}
