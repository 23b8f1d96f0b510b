	syscall.Umask(0) // expect: CWE-732
