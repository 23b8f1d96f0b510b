	if err := os.MkdirAll(filepath.Join(dataDir, "cache"), 0o777); err != nil { // expect: CWE-732
		log.Fatal(err)
	}
