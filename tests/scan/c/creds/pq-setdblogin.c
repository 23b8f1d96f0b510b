	PGconn *c = PQsetdbLogin("db.prod.internal", "5432", NULL, NULL, "orders", "app", "Xy7-pQ2-zR9");   /* expect: CWE-798 */
