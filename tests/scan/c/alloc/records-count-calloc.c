#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <arpa/inet.h>

struct order {
	uint32_t id;
	uint32_t qty;
	char sku[24];
};

/* Read the order file: a 32-bit big-endian count, then the records. */
struct order *orders_load(FILE *f, uint32_t *count_out)
{
	uint32_t count;
	struct order *v;

	if (fread(&count, sizeof count, 1, f) != 1)
		return NULL;
	count = ntohl(count);
	v = calloc(count, sizeof(struct order));         /* ok: CWE-680 */
	if (!v)
		return NULL;
	if (fread(v, sizeof(struct order), count, f) != count) {
		free(v);
		return NULL;
	}
	*count_out = count;
	return v;
}
