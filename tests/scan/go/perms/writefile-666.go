	err = os.WriteFile(cfgPath, data, 0666) // expect: CWE-732
