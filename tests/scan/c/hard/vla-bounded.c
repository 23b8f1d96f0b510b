int hexdump_line(const uint8_t *p, size_t n)
{
	if (n > 16)
		return -1;
	char line[n * 3 + 1];                                /* ok: CWE-121 */
	for (size_t i = 0; i < n; i++)
		snprintf(line + 3 * i, 4, "%02x ", p[i]);
	return puts(line);
}
