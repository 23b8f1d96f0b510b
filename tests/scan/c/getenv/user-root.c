#include <stdlib.h>
#include <string.h>

static int is_admin(void)
{
	const char *user = getenv("USER");
	return user && strcmp(user, "root") == 0;            /* expect: CWE-807 */
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--purge") == 0) {
		if (!is_admin()) {
			fprintf(stderr, "only root may purge\n");
			return 1;
		}
		purge_all();
	}
	return 0;
}
