	// repoURL comes from the request body
	cmd := exec.CommandContext(ctx, "git", "clone", "--depth=1", "--", repoURL, dst) // ok: CWE-78
	cmd.Dir = workDir
