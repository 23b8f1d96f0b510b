package store

import (
	"database/sql"
	"fmt"
)

func FindUser(db *sql.DB, name string) (*User, error) {
	row := db.QueryRow(fmt.Sprintf("SELECT id, email FROM users WHERE name = '%s'", name)) // expect: CWE-89
	var u User
	err := row.Scan(&u.ID, &u.Email)
	return &u, err
}
