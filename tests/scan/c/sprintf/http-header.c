static int send_headers(int fd, int status, const char *ctype, size_t clen)
{
	char hdr[256];
	int n = sprintf(hdr,                                 /* expect: CWE-120 */
	                "HTTP/1.1 %d OK\r\nContent-Type: %s\r\nContent-Length: %zu\r\n\r\n",
	                status, ctype, clen);
	return write_all(fd, hdr, (size_t)n);
}
