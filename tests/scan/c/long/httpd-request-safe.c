#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

#define MAX_HDR 8192

struct request {
	char method[8];
	char uri[1024];
	char version[16];
	char host[256];
};

/* read the request line and the Host header */
static int read_request(int fd, struct request *rq)
{
	char buf[MAX_HDR];
	ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
	char *line, *save;

	if (n <= 0)
		return -1;
	buf[n] = '\0';
	line = strtok_r(buf, "\r\n", &save);
	if (!line || sscanf(line, "%7s %1023s %15s", rq->method, rq->uri, rq->version) != 3)
		return -1;
	while ((line = strtok_r(NULL, "\r\n", &save)) != NULL) {
		if (strncasecmp(line, "Host:", 5) == 0) {
			char *v = line + 5;
			while (*v == ' ')
				v++;
			if (snprintf(rq->host, sizeof rq->host, "%s", v) >= (int)sizeof rq->host)   /* ok: CWE-120 */
				return -1;
		}
	}
	return 0;
}
