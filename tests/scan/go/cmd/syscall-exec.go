	args := []string{"sh", "-c", userScript}
	err := syscall.Exec("/bin/sh", args, os.Environ()) // expect: CWE-78
