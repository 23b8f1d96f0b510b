	if err := os.WriteFile("/tmp/report.pdf", pdf, 0600); err != nil { // expect: CWE-377
		return err
	}
