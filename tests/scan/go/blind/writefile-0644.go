	err := os.WriteFile(path, data, 0644) // ok: CWE-732
