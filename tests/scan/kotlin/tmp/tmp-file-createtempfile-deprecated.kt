val dir = createTempDir("reports") // expect: CWE-377
