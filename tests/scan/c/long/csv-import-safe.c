#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

/* import "name,email,phone" lines into the contacts table */
int import_contacts(sqlite3 *db, FILE *in)
{
	char line[1024];
	sqlite3_stmt *st;
	int n = 0;

	if (sqlite3_prepare_v2(db, "INSERT INTO contacts(name, email, phone) VALUES(?, ?, ?)",
	                       -1, &st, NULL) != SQLITE_OK)    /* ok: CWE-89 */
		return -1;
	while (fgets(line, sizeof line, in)) {
		char *save = NULL;
		char *name = strtok_r(line, ",", &save);
		char *email = strtok_r(NULL, ",", &save);
		char *phone = strtok_r(NULL, ",\n", &save);
		if (!name || !email || !phone)
			continue;
		sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, email, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, phone, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) == SQLITE_DONE)
			n++;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return n;
}
