package db

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

func CountEvents(ctx context.Context, pool *pgxpool.Pool, kind string) (int64, error) {
	var n int64
	err := pool.QueryRow(ctx, "SELECT count(*) FROM events WHERE kind = $1", kind).Scan(&n) // ok: CWE-89
	return n, err
}
