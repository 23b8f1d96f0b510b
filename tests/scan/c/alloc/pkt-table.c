#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct entry { uint32_t key; uint32_t val; };

/* TLV: u32 entry count, then (key, value) pairs */
int table_decode(const uint8_t *buf, size_t len, struct entry **out)
{
	uint32_t nent;
	if (len < 4)
		return -1;
	memcpy(&nent, buf, 4);
	struct entry *e = (struct entry *)malloc(nent * sizeof *e);   /* expect: CWE-680 */
	if (e == NULL)
		return -1;
	if (len - 4 < (size_t)nent * sizeof *e) {
		free(e);
		return -1;
	}
	memcpy(e, buf + 4, (size_t)nent * sizeof *e);
	*out = e;
	return (int)nent;
}
