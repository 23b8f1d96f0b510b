	size_t len = ntohl(hdr->len);
	char *tmp = alloca(len);                             /* expect: CWE-121 */
	memcpy(tmp, src, len);
