	lock := filepath.Join(os.TempDir(), "myapp.lock") // expect: CWE-377
	f, err := os.OpenFile(lock, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
