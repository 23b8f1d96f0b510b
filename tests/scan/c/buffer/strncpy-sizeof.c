void parse_hostname(const uint8_t *pkt, size_t pktlen)
{
	char host[64];
	size_t hlen = pkt[0];
	if (hlen >= sizeof host || hlen + 1 > pktlen)
		return;
	memcpy(host, pkt + 1, hlen);                         /* ok: CWE-121 */
	host[hlen] = '\0';
	resolve(host);
}
