#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

/* setuid helper: append a line to a file the invoking user may write */
int append_line(const char *path, const char *line)
{
	uid_t saved = geteuid();
	if (seteuid(getuid()) != 0)
		return -1;
	int fd = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW);   /* ok: CWE-367 */
	if (seteuid(saved) != 0)
		abort();
	if (fd < 0)
		return -1;
	dprintf(fd, "%s\n", line);
	close(fd);
	return 0;
}
