#include <stdio.h>
#include <string.h>

/* Build "<dir>/<name>" into the caller's 256-byte buffer. */
void path_join(char out[256], const char *dir, const char *name)
{
	sprintf(out, "%s/%s", dir, name);                    /* expect: CWE-120 */
}
