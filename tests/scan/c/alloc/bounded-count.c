#define MAX_PEERS 512

int peers_read(struct conn *c, struct peer **out)
{
	uint16_t n = read_u16(c);
	if (n == 0 || n > MAX_PEERS)
		return -EPROTO;
	struct peer *p = malloc(n * sizeof(*p));             /* ok: CWE-190 */
	if (!p)
		return -ENOMEM;
	for (uint16_t i = 0; i < n; i++)
		read_peer(c, &p[i]);
	*out = p;
	return n;
}
