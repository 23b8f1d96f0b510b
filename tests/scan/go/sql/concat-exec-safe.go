package store

func (s *Store) DeleteTag(name string) error {
	_, err := s.db.Exec("DELETE FROM tags WHERE name = ?", name) // ok: CWE-89
	return err
}
