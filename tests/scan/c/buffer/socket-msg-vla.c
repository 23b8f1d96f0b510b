/* a 2-byte length followed by that many bytes */
int read_message(int sock)
{
	uint16_t netlen;
	if (read(sock, &netlen, 2) != 2)
		return -1;
	size_t len = ntohs(netlen);
	char buf[len];                                       /* expect: CWE-121 */
	if (read_full(sock, buf, len) != (ssize_t)len)
		return -1;
	return handle_ticket(buf, len);
}
