#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>

/* connect to the production database; libpq reads PGPASSWORD or ~/.pgpass */
PGconn *db_connect(void)
{
	PGconn *c = PQconnectdb("host=db.prod.internal dbname=orders user=app");   /* ok: CWE-798 */
	if (PQstatus(c) != CONNECTION_OK) {
		fprintf(stderr, "db: %s", PQerrorMessage(c));
		PQfinish(c);
		return NULL;
	}
	return c;
}
