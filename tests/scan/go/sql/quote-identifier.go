	q := fmt.Sprintf("SELECT count(*) FROM %s WHERE created_at > $1", pq.QuoteIdentifier(table))
	err := db.QueryRow(q, since).Scan(&n) // ok: CWE-89
