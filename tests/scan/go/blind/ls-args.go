	out, err := exec.Command("ls", "-la", dir).Output() // ok: CWE-78
