#include <stdint.h>
#include <stdlib.h>

double *matrix_new(size_t rows, size_t cols)
{
	if (rows && cols > SIZE_MAX / rows / sizeof(double))
		return NULL;
	return malloc(rows * cols * sizeof(double));         /* ok: CWE-190 */
}
