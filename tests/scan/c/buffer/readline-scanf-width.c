int main(void)
{
	char first[32];
	printf("First name: ");
	if (scanf("%31s", first) != 1)                       /* ok: CWE-121 */
		return 1;
	printf("Hello, %s!\n", first);
	return 0;
}
