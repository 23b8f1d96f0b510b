void parse_hostname(const uint8_t *pkt, size_t pktlen)
{
	char host[64];
	size_t hlen = pkt[0];
	strncpy(host, (const char *)pkt + 1, hlen);          /* expect: CWE-121 */
	host[hlen] = '\0';
	resolve(host);
}
