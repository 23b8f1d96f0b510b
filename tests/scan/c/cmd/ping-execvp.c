#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

/* ping a host three times; returns the exit status */
int ping_host(const char *host)
{
	pid_t pid;
	int status;

	if (host[0] == '-')
		return -1;
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		execlp("ping", "ping", "-c", "3", "--", host, (char *)NULL);   /* ok: CWE-78 */
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
