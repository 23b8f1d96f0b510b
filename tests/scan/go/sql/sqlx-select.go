package repo

import (
	"fmt"

	"github.com/jmoiron/sqlx"
)

func ListByStatus(db *sqlx.DB, status string) ([]Ticket, error) {
	var out []Ticket
	err := db.Select(&out, fmt.Sprintf("SELECT * FROM tickets WHERE status = '%s'", status)) // expect: CWE-89
	return out, err
}
