#include <stdio.h>

int main(void)
{
	char name[64];

	printf("First name: ");
	gets(name);                                          /* expect: CWE-120 */
	printf("Hello, %s!\n", name);
	return 0;
}
