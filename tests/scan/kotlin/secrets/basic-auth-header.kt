val auth = Credentials.basic("admin", "hunter2-prod!") // expect: CWE-798
