#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%";

/* reset_password: give the user a temporary password by mail */
char *make_temp_password(size_t len)
{
	char *pw = malloc(len + 1);
	if (!pw)
		return NULL;
	srand48(time(NULL) ^ getpid());                  /* expect: CWE-338 */
	for (size_t i = 0; i < len; i++)
		pw[i] = alphabet[(size_t)(drand48() * (sizeof alphabet - 1))]; /* expect: CWE-338 */
	pw[len] = '\0';
	return pw;
}
