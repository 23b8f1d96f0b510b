#include <stdint.h>
#include <string.h>

struct lease {
	char hostname[64];
	char domain[64];
	uint32_t router;
	uint32_t dns[4];
};

/* walk the DHCP options of a reply */
int parse_options(const uint8_t *opt, size_t len, struct lease *l)
{
	size_t i = 0;
	while (i + 1 < len && opt[i] != 255) {
		uint8_t code = opt[i], olen = opt[i + 1];
		const uint8_t *val = opt + i + 2;
		if (i + 2 + olen > len)
			return -1;
		switch (code) {
		case 3:
			if (olen >= 4)
				memcpy(&l->router, val, 4);          /* ok: CWE-787 */
			break;
		case 6:
			memcpy(l->dns, val, olen > sizeof l->dns ? sizeof l->dns : olen);   /* ok: CWE-787 */
			break;
		case 12:
			if (olen >= sizeof l->hostname)
				return -1;
			memcpy(l->hostname, val, olen);
			l->hostname[olen] = '\0';
			break;
		}
		i += 2 + olen;
	}
	return 0;
}
