package store

import "database/sql"

func FindUser(db *sql.DB, name string) (*User, error) {
	row := db.QueryRow("SELECT id, email FROM users WHERE name = $1", name) // ok: CWE-89
	var u User
	err := row.Scan(&u.ID, &u.Email)
	return &u, err
}
