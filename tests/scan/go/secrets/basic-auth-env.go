	req.SetBasicAuth(os.Getenv("SVC_USER"), os.Getenv("SVC_PASS")) // ok: CWE-798
