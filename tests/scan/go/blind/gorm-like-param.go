	db.Where("name LIKE ?", "%"+q+"%").Find(&items) // ok: CWE-89
