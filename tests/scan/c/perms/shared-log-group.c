#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

/* several daemons running as different users append to this log */
int open_shared_log(void)
{
	struct group *g = getgrnam("orderlog");
	int fd = open("/var/log/orders.log", O_WRONLY | O_CREAT | O_APPEND, 0660);   /* ok: CWE-732 */
	if (fd < 0 || !g)
		return -1;
	if (fchown(fd, (uid_t)-1, g->gr_gid) != 0 || fchmod(fd, 0660) != 0) {      /* ok: CWE-732 */
		close(fd);
		return -1;
	}
	return fd;
}
