    req.SetHeader("Authorization", "Bearer " + RequireEnv("GITHUB_TOKEN"));   // ok: CWE-798
