#include <spawn.h>
extern char **environ;

int run_convert(const char *in, const char *out)
{
	pid_t pid;
	char *argv[] = { "convert", "--", (char *)in, (char *)out, NULL };
	int rc = posix_spawnp(&pid, "convert", NULL, NULL, argv, environ);   /* ok: CWE-78 */
	if (rc != 0)
		return -1;
	return wait_child(pid);
}
