/* copy the TLV value into a local scratch buffer */
static int tlv_value(const uint8_t *p, size_t avail)
{
	uint8_t scratch[255];
	uint8_t vlen;
	if (avail < 2)
		return -1;
	vlen = p[1];
	if ((size_t)vlen + 2 > avail)
		return -1;
	memcpy(scratch, p + 2, vlen);                        /* ok: CWE-121 vlen is at most 255 */
	return consume(scratch, vlen);
}
