#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>

/* nightly backup of a customer's database; credentials come from ~/.my.cnf */
int backup_customer(const char *customer, const char *dest_dir)
{
	char stamp[32], archive[512];
	time_t now = time(NULL);
	pid_t pid;
	int st;

	strftime(stamp, sizeof stamp, "%Y%m%d", localtime(&now));
	if (snprintf(archive, sizeof archive, "%s/%s-%s.sql", dest_dir, customer, stamp) >= (int)sizeof archive)
		return -1;
	if ((pid = fork()) == 0) {
		execlp("mysqldump", "mysqldump", "--result-file", archive, "--", customer, (char *)NULL);   /* ok: CWE-78 */
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
		return -1;
	chmod(archive, 0600);                                /* ok: CWE-732 */
	printf("wrote %s\n", archive);
	return 0;
}
