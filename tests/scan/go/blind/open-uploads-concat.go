	f, err := os.Open("./uploads/" + r.URL.Query().Get("file")) // expect: CWE-22
