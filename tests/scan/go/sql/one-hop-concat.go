package store

func (s *Store) Search(term string) (*sql.Rows, error) {
	query := "SELECT id, title FROM articles WHERE title LIKE '%" + term + "%'"
	return s.db.Query(query) // expect: CWE-89
}
