	if err := os.Chmod("/var/run/app.sock", 0777); err != nil { // expect: CWE-732
		return err
	}
