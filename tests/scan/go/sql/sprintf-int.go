package store

import "fmt"

func (s *Store) Page(limit, offset int) (*sql.Rows, error) {
	return s.db.Query(fmt.Sprintf("SELECT id, name FROM items ORDER BY id LIMIT %d OFFSET %d", limit, offset)) // ok: CWE-89
}
