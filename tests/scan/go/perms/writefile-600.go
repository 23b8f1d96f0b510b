	err = os.WriteFile(cfgPath, data, 0600) // ok: CWE-732
