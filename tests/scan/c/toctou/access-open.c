#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

/* setuid helper: append a line to a file the invoking user may write */
int append_line(const char *path, const char *line)
{
	if (access(path, W_OK) != 0) {                       /* expect: CWE-367 */
		perror(path);
		return -1;
	}
	int fd = open(path, O_WRONLY | O_APPEND);
	if (fd < 0)
		return -1;
	dprintf(fd, "%s\n", line);
	close(fd);
	return 0;
}
