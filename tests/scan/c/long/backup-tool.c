#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>

/* nightly backup of a customer's database */
int backup_customer(const char *customer, const char *dest_dir)
{
	char stamp[32], archive[512], cmd[1024];
	time_t now = time(NULL);

	strftime(stamp, sizeof stamp, "%Y%m%d", localtime(&now));
	snprintf(archive, sizeof archive, "%s/%s-%s.sql.gz", dest_dir, customer, stamp);
	snprintf(cmd, sizeof cmd, "mysqldump --user=backup --password=Bkp!2022 %s | gzip > %s",   /* expect: CWE-798 */
	         customer, archive);
	if (system(cmd) != 0) {                              /* expect: CWE-78 */
		fprintf(stderr, "backup of %s failed\n", customer);
		return -1;
	}
	chmod(archive, 0666);                                /* expect: CWE-732 */
	printf("wrote %s\n", archive);
	return 0;
}
