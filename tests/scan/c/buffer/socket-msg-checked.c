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
	if (len > sizeof buf)
		return -1;
	if (read_full(sock, buf, len) != (ssize_t)len)
		return -1;
	memcpy(scratch, buf, len);                           /* ok: CWE-121 */
	return handle_order(buf, len);
}
