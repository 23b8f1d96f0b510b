package store

import "context"

func (r *OrderRepo) ByCustomer(ctx context.Context, customer string) ([]Order, error) {
	q := "SELECT id, total FROM orders WHERE customer = ? ORDER BY id"
	rows, err := r.db.QueryContext(ctx, q, customer) // ok: CWE-89
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanOrders(rows)
}
