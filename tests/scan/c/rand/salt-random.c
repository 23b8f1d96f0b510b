#include <stdlib.h>
#include <stdint.h>

void gen_salt(uint8_t salt[16])
{
	for (int i = 0; i < 16; i++)
		salt[i] = (uint8_t)(random() & 0xff);    /* expect: CWE-338 */
}
