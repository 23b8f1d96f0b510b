	query, args, err := sq.Select("id", "title").
		From("posts").
		Where("author = '" + author + "'"). // expect: CWE-89
		ToSql()
