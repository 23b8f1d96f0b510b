func (r *Repo) UpdateField(id int, field, value string) error {
	stmt := "UPDATE profiles SET " + field + " = '" + value + "' WHERE id = " + strconv.Itoa(id)
	_, err := r.db.Exec(stmt) // expect: CWE-89
	return err
}
