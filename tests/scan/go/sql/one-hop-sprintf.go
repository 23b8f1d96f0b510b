package store

import (
	"context"
	"fmt"
)

func (r *OrderRepo) ByCustomer(ctx context.Context, customer string) ([]Order, error) {
	q := fmt.Sprintf("SELECT id, total FROM orders WHERE customer = '%s' ORDER BY id", customer)
	rows, err := r.db.QueryContext(ctx, q) // expect: CWE-89
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanOrders(rows)
}
