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

type Filter struct {
	Name   string
	Status string
	Sort   string
}

func (r *UserRepo) List(ctx context.Context, f Filter) ([]User, error) {
	var where []string
	if f.Name != "" {
		where = append(where, fmt.Sprintf("name ILIKE '%%%s%%'", f.Name))
	}
	if f.Status != "" {
		where = append(where, "status = '"+f.Status+"'")
	}
	q := "SELECT id, name, status FROM users"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := r.db.QueryContext(ctx, q+" ORDER BY "+f.Sort) // expect: CWE-89
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanUsers(rows)
}
