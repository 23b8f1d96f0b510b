func (r *Repo) Report(from, to string) (*sql.Rows, error) {
	q := `
		SELECT region, sum(total)
		FROM sales
		WHERE day BETWEEN $1 AND $2
		GROUP BY region`
	return r.db.Query(q, from, to) // ok: CWE-89
}
