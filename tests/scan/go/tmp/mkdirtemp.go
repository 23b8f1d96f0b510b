	dir, err := os.MkdirTemp("", "myapp-") // ok: CWE-377
	if err != nil {
		return err
	}
