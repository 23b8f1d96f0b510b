#include <stdlib.h>

static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%";

/* reset_password: give the user a temporary password by mail */
char *make_temp_password(size_t len)
{
	char *pw = malloc(len + 1);
	if (!pw)
		return NULL;
	for (size_t i = 0; i < len; i++)
		pw[i] = alphabet[arc4random_uniform(sizeof alphabet - 1)];   /* ok: CWE-338 */
	pw[len] = '\0';
	return pw;
}
