#include <stdio.h>
#include <stdlib.h>

/* ping a host three times; returns the exit status */
int ping_host(const char *host)
{
	char cmd[300];
	snprintf(cmd, sizeof cmd, "ping -c 3 %s", host);
	return system(cmd);                                  /* expect: CWE-78 */
}
