func (r *Repo) Report(from, to string) (*sql.Rows, error) {
	q := fmt.Sprintf(`
		SELECT region, sum(total)
		FROM sales
		WHERE day BETWEEN '%s' AND '%s'
		GROUP BY region`, from, to)
	return r.db.Query(q) // expect: CWE-89
}
