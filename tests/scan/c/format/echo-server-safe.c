#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

static void serve_client(int fd)
{
	char line[1024];
	ssize_t n;

	while ((n = recv(fd, line, sizeof line - 1, 0)) > 0) {
		line[n] = '\0';
		line[strcspn(line, "\r\n")] = '\0';
		if (strcmp(line, "quit") == 0)
			break;
		printf("client said: %s\n", line);           /* ok: CWE-134 */
		fputs(line, stdout);                         /* ok: CWE-134 */
		send(fd, line, strlen(line), 0);
	}
	close(fd);
}
