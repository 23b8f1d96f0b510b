#include <stdio.h>
#include <string.h>

/* open the file named by the client from /srv/tickets/ */
FILE *open_ticket_file(const char *name)
{
	char path[512];
	if (!*name || strchr(name, '/') || strstr(name, ".."))
		return NULL;
	snprintf(path, sizeof path, "/srv/tickets/%s", name);   /* ok: CWE-22 */
	return fopen(path, "rb");
}
