	out, err := exec.Command("cmd.exe", "/C", "dir "+folder).Output() // expect: CWE-78
	if err != nil {
		return nil, err
	}
