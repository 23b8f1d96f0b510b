package migrate

import (
	"database/sql"
	"fmt"
)

// table names come from our own schema list, not from users
var tables = []string{"users", "orders", "events"}

func Truncate(db *sql.DB) error {
	for _, t := range tables {
		if _, err := db.Exec(fmt.Sprintf("TRUNCATE TABLE %s", pq.QuoteIdentifier(t))); err != nil { // ok: CWE-89
			return err
		}
	}
	return nil
}
