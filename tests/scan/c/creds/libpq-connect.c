#include <libpq-fe.h>
#include <stdio.h>

/* connect to the production database */
PGconn *db_connect(void)
{
	PGconn *c = PQconnectdb("host=db.prod.internal dbname=orders user=app password=Xy7-pQ2-zR9");   /* expect: CWE-798 */
	if (PQstatus(c) != CONNECTION_OK) {
		fprintf(stderr, "db: %s", PQerrorMessage(c));
		PQfinish(c);
		return NULL;
	}
	return c;
}
