#include <stdckdint.h>

void *xmalloc_array(size_t n, size_t size)
{
	size_t total;
	if (ckd_mul(&total, n, size))
		abort();
	return malloc(n * size);                             /* ok: CWE-190 */
}
