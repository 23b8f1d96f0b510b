	PGconn *c = PQsetdbLogin("db.prod.internal", "5432", NULL, NULL, "orders", "app", getenv("ORDERS_DB_PASSWORD"));   /* ok: CWE-798 */
