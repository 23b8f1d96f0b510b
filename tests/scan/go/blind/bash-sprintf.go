	cmd := exec.Command("/bin/bash", "-c", fmt.Sprintf("ping -c 1 %s", host)) // expect: CWE-78
	out, err := cmd.CombinedOutput()
