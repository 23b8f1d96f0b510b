	_, err = tx.Exec(fmt.Sprintf(`INSERT INTO audit (actor, action) VALUES ('%v', '%v')`, actor, action)) // expect: CWE-89
	if err != nil {
		tx.Rollback()
		return err
	}
