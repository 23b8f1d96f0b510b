#include <fcntl.h>
#include <unistd.h>

/* the AES key for the encrypted spool files */
int load_spool_key(unsigned char key[32])
{
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);   /* ok: CWE-338 */
	if (fd < 0)
		return -1;
	ssize_t n = read(fd, key, 32);
	close(fd);
	return n == 32 ? 0 : -1;
}
