	_, err = tx.Exec(`INSERT INTO audit (actor, action) VALUES ($1, $2)`, actor, action) // ok: CWE-89
	if err != nil {
		tx.Rollback()
		return err
	}
