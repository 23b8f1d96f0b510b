#include <stdio.h>

/* open the file named by the client from /srv/tickets/ */
FILE *open_ticket_file(const char *name)
{
	char path[512];
	snprintf(path, sizeof path, "/srv/tickets/%s", name);   /* expect: CWE-22 */
	return fopen(path, "rb");
}
