#include <sqlite3.h>
#include <stdio.h>

static int print_row(void *ud, int n, char **vals, char **cols)
{
	(void)ud;
	for (int i = 0; i < n; i++)
		printf("%s=%s%s", cols[i], vals[i] ? vals[i] : "NULL", i + 1 < n ? ", " : "\n");
	return 0;
}

/* look up a customer by email and print the row */
int find_customer(sqlite3 *db, const char *email)
{
	char sql[512];
	char *err = NULL;
	snprintf(sql, sizeof sql, "SELECT * FROM customers WHERE email = '%s'", email);   /* expect: CWE-89 */
	if (sqlite3_exec(db, sql, print_row, NULL, &err) != SQLITE_OK) {
		fprintf(stderr, "sql: %s\n", err);
		sqlite3_free(err);
		return -1;
	}
	return 0;
}
