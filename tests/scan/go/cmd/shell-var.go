	shell := "/bin/sh"
	cmd := exec.Command(shell, "-c", "tar czf "+archive+" "+dir) // expect: CWE-78
	return cmd.Run()
