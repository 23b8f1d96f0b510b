#include <stdlib.h>

double *matrix_new(size_t rows, size_t cols)
{
	return malloc(rows * cols * sizeof(double));         /* expect: CWE-190 */
}
