#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct order *orders_load(FILE *f, uint32_t *count_out)
{
	uint32_t count;
	struct order *v;

	if (fread(&count, sizeof count, 1, f) != 1)
		return NULL;
	count = ntohl(count);
	if (count > SIZE_MAX / sizeof(struct order))
		return NULL;
	v = malloc(count * sizeof(struct order));        /* ok: CWE-680 */
	if (!v || fread(v, sizeof(struct order), count, f) != count) {
		free(v);
		return NULL;
	}
	*count_out = count;
	return v;
}
