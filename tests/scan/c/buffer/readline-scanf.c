int main(void)
{
	char first[32];
	printf("First name: ");
	if (scanf("%s", first) != 1)                         /* expect: CWE-121 */
		return 1;
	printf("Hello, %s!\n", first);
	return 0;
}
