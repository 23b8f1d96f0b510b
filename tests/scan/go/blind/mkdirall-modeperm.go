	if err := os.MkdirAll(filepath.Join(dataDir, "uploads"), os.ModePerm); err != nil { // expect: CWE-732
		return err
	}
