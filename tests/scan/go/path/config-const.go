	data, err := os.ReadFile(filepath.Join(configDir, "settings.yaml")) // ok: CWE-22
