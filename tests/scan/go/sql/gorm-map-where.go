	var users []User
	db.Where(map[string]interface{}{"name": name, "active": true}).Find(&users) // ok: CWE-89
