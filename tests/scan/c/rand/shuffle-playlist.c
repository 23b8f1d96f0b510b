#include <stdlib.h>
#include <time.h>

void playlist_shuffle(struct track **v, size_t n)
{
	srand(time(NULL));                               /* expect: CWE-330 */
	for (size_t i = n - 1; i > 0; i--) {
		size_t j = (size_t)random() % (i + 1);   /* expect: CWE-330 */
		struct track *t = v[i];
		v[i] = v[j];
		v[j] = t;
	}
}
