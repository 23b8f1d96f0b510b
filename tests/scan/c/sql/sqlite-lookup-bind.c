#include <sqlite3.h>
#include <stdio.h>

/* look up a customer by email and print the row */
int find_customer(sqlite3 *db, const char *email)
{
	sqlite3_stmt *st;
	int rc;
	if (sqlite3_prepare_v2(db, "SELECT id, name, email FROM customers WHERE email = ?1",
	                       -1, &st, NULL) != SQLITE_OK)                      /* ok: CWE-89 */
		return -1;
	sqlite3_bind_text(st, 1, email, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		printf("%d %s %s\n", sqlite3_column_int(st, 0),
		       (const char *)sqlite3_column_text(st, 1),
		       (const char *)sqlite3_column_text(st, 2));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}
