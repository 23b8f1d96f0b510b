func (s *Store) Find(name, city string) (*sql.Rows, error) {
	var sb strings.Builder
	sb.WriteString("SELECT id FROM customers WHERE name = '")
	sb.WriteString(name)
	sb.WriteString("' AND city = '")
	sb.WriteString(city)
	sb.WriteString("'")
	return s.db.Query(sb.String()) // expect: CWE-89
}
