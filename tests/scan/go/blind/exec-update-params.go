	_, err := db.Exec("UPDATE users SET name = ? WHERE id = ?", name, id) // ok: CWE-89
