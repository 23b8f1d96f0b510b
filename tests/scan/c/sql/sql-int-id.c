	/* the id is an integer: %d cannot inject */
	snprintf(q, sizeof q, "UPDATE orders SET status = 2 WHERE id = %d", order_id);   /* ok: CWE-89 */
	sqlite3_exec(db, q, NULL, NULL, NULL);
