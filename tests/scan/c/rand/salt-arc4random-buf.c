#include <stdlib.h>
#include <stdint.h>

void gen_salt(uint8_t salt[16])
{
	arc4random_buf(salt, 16);                        /* ok: CWE-338 */
}
