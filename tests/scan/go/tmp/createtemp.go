	f, err := os.CreateTemp("", "report-*.pdf") // ok: CWE-377
	if err != nil {
		return err
	}
