	db.Raw("SELECT * FROM users WHERE name = @name OR nick = @name", sql.Named("name", name)).Scan(&users) // ok: CWE-89
