int tls_parse_ext(const uint8_t *p, size_t n)
{
	uint16_t count = (uint16_t)(p[0] << 8 | p[1]);
	uint16_t *ids = alloca(count * sizeof(uint16_t));   /* expect: CWE-190 CWE-121 */
	for (unsigned i = 0; i < count && 2 + 2 * i + 1 < n; i++)
		ids[i] = (uint16_t)(p[2 + 2 * i] << 8 | p[3 + 2 * i]);
	return check_ext_ids(ids, count);
}
