func (s *Store) Find(name, city string) (*sql.Rows, error) {
	var sb strings.Builder
	var args []any
	sb.WriteString("SELECT id FROM customers WHERE 1=1")
	if name != "" {
		args = append(args, name)
		sb.WriteString(" AND name = $" + strconv.Itoa(len(args)))
	}
	if city != "" {
		args = append(args, city)
		sb.WriteString(" AND city = $" + strconv.Itoa(len(args)))
	}
	return s.db.Query(sb.String(), args...) // ok: CWE-89
}
