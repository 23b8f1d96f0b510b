	if err := os.Chmod(keyPath, fs.FileMode(0644)); err != nil { // ok: CWE-732
		return err
	}
