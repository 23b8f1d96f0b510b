package jobs

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

type Queue struct {
	db    *sql.DB
	table string
}

// Claim takes the next job of the given kind. kind comes from the job
// payload, which any API client can set.
func (q *Queue) Claim(ctx context.Context, kind string) (*Job, error) {
	tx, err := q.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	stmt := fmt.Sprintf(`SELECT id, payload FROM %s
		WHERE kind = '%s' AND claimed_at IS NULL
		ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`, q.table, kind)
	var j Job
	if err := tx.QueryRowContext(ctx, stmt).Scan(&j.ID, &j.Payload); err != nil { // expect: CWE-89
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE "+q.table+" SET claimed_at = $1 WHERE id = $2", time.Now(), j.ID); err != nil { // ok: CWE-89
		return nil, err
	}
	return &j, tx.Commit()
}
