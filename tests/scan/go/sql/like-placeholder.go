package store

func (s *Store) Search(term string) (*sql.Rows, error) {
	query := "SELECT id, title FROM articles WHERE title LIKE ?"
	return s.db.Query(query, "%"+term+"%") // ok: CWE-89
}
