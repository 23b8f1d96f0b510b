#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

/* import "name,email,phone" lines into the contacts table */
int import_contacts(sqlite3 *db, FILE *in)
{
	char line[1024];
	char sql[2048];
	int n = 0;

	while (fgets(line, sizeof line, in)) {
		char *name = strtok(line, ",");
		char *email = strtok(NULL, ",");
		char *phone = strtok(NULL, ",\n");
		if (!name || !email || !phone)
			continue;
		sprintf(sql, "INSERT INTO contacts(name, email, phone) VALUES('%s', '%s', '%s')",   /* expect: CWE-89 CWE-120 */
		        name, email, phone);
		if (sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK)
			n++;
	}
	return n;
}
