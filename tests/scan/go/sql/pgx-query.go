package db

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"
)

func CountEvents(ctx context.Context, pool *pgxpool.Pool, kind string) (int64, error) {
	var n int64
	sql := fmt.Sprintf("SELECT count(*) FROM events WHERE kind = '%s'", kind)
	err := pool.QueryRow(ctx, sql).Scan(&n) // expect: CWE-89
	return n, err
}
