	query, args, err := sq.Select("id", "title").
		From("posts").
		Where(sq.Eq{"author": author}). // ok: CWE-89
		ToSql()
