	if err := os.MkdirAll(filepath.Join(dataDir, "cache"), 0o750); err != nil { // ok: CWE-732
		log.Fatal(err)
	}
