#include <stdint.h>
#include <unistd.h>
#include <arpa/inet.h>

/* a 2-byte length followed by that many bytes */
int read_message(int sock)
{
	uint16_t netlen;
	char buf[512];
	size_t len;

	if (read(sock, &netlen, 2) != 2)
		return -1;
	len = ntohs(netlen);
	char *tmp = read_exact(sock, len);
	if (!tmp)
		return -1;
	memcpy(buf, tmp, len);                               /* expect: CWE-121 */
	free(tmp);
	return handle_order(buf, len);
}
