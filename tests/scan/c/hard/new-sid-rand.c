static void new_sid(char out[17])
{
	for (int i = 0; i < 16; i++)
		out[i] = "0123456789abcdef"[rand() % 16];        /* expect: CWE-338 */
	out[16] = '\0';
}
