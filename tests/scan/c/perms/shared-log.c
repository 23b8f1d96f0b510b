#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

/* several daemons running as different users append to this log */
int open_shared_log(void)
{
	int fd = open("/var/log/orders.log", O_WRONLY | O_CREAT | O_APPEND, 0666);
	if (fd < 0)
		return -1;
	if (fchmod(fd, 0666) != 0) {                         /* expect: CWE-732 */
		close(fd);
		return -1;
	}
	return fd;
}
