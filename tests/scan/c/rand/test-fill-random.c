/* unit test helper: fill a buffer with noise for the codec round-trip test */
static void fill_noise(uint8_t *p, size_t n, unsigned seed)
{
	srand(seed);
	for (size_t i = 0; i < n; i++)
		p[i] = (uint8_t)rand();                  /* expect: CWE-330 */
}
