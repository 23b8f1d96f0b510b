package repo

import "github.com/jmoiron/sqlx"

func ListByStatus(db *sqlx.DB, status string) ([]Ticket, error) {
	var out []Ticket
	err := db.Select(&out, "SELECT * FROM tickets WHERE status = $1", status) // ok: CWE-89
	return out, err
}
