#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv)
{
	int sides = argc > 1 ? atoi(argv[1]) : 6;
	int rolls = argc > 2 ? atoi(argv[2]) : 1;

	if (sides < 2 || rolls < 1) {
		fprintf(stderr, "usage: %s [sides] [rolls]\n", argv[0]);
		return 2;
	}
	srand((unsigned)time(NULL));                     /* expect: CWE-330 */
	for (int i = 0; i < rolls; i++)
		printf("%d\n", 1 + rand() % sides);      /* expect: CWE-330 */
	return 0;
}
