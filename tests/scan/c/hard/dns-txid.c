/* build a DNS query for name */
static size_t dns_build_query(uint8_t *pkt, const char *name, uint16_t qtype)
{
	struct dns_header *h = (struct dns_header *)pkt;
	memset(h, 0, sizeof *h);
	h->id = htons((uint16_t)(rand() & 0xffff));              /* expect: CWE-330 */
	h->flags = htons(0x0100);
	h->qdcount = htons(1);
	return sizeof *h + encode_qname(pkt + sizeof *h, name, qtype);
}
