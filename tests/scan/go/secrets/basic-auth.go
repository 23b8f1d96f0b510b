	req.SetBasicAuth("admin", "hunter2hunter2") // expect: CWE-798
