package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

type UserRepo struct {
	db *sql.DB
}

var sortColumns = map[string]string{"name": "name", "created": "created_at"}

func (r *UserRepo) List(ctx context.Context, name, status, sort string) ([]User, error) {
	var where []string
	var args []any
	if name != "" {
		args = append(args, "%"+name+"%")
		where = append(where, fmt.Sprintf("name ILIKE $%d", len(args)))
	}
	if status != "" {
		args = append(args, status)
		where = append(where, fmt.Sprintf("status = $%d", len(args)))
	}
	q := "SELECT id, name, status FROM users"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	col, ok := sortColumns[sort]
	if !ok {
		col = "id"
	}
	rows, err := r.db.QueryContext(ctx, q+" ORDER BY "+col, args...) // ok: CWE-89
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanUsers(rows)
}
