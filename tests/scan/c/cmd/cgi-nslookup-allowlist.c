#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* tiny CGI: /cgi-bin/lookup?host=example.org */
int main(void)
{
	const char *qs = getenv("QUERY_STRING");
	char host[128] = "";

	printf("Content-Type: text/plain\r\n\r\n");
	if (!qs || strncmp(qs, "host=", 5) != 0) {
		puts("missing host");
		return 0;
	}
	snprintf(host, sizeof host, "%s", qs + 5);
	if (host[0] == '-' || strspn(host, "abcdefghijklmnopqrstuvwxyz0123456789.-") != strlen(host)) {
		puts("bad host");
		return 0;
	}
	fflush(stdout);
	execlp("nslookup", "nslookup", host, (char *)NULL);   /* ok: CWE-78 */
	return 1;
}
