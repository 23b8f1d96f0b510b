#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* tiny CGI: /cgi-bin/lookup?host=example.org */
int main(void)
{
	const char *qs = getenv("QUERY_STRING");
	char host[128] = "";
	char cmd[256];

	printf("Content-Type: text/plain\r\n\r\n");
	if (!qs || strncmp(qs, "host=", 5) != 0) {
		puts("missing host");
		return 0;
	}
	snprintf(host, sizeof host, "%s", qs + 5);
	snprintf(cmd, sizeof cmd, "nslookup %s 2>&1", host);
	fflush(stdout);
	system(cmd);                                         /* expect: CWE-78 */
	return 0;
}
