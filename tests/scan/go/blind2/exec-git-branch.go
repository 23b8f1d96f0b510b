	branch := r.FormValue("branch")
	out, err := exec.Command("sh", "-c", "git log --oneline "+branch).Output() // expect: CWE-78
