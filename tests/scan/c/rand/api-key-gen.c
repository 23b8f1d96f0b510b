void generate_api_key(char out[41])
{
	static const char *digits = "0123456789abcdef";
	srandom(time(NULL));                             /* expect: CWE-338 */
	for (int i = 0; i < 40; i++)
		out[i] = digits[random() % 16];          /* expect: CWE-338 */
	out[40] = 0;
}
