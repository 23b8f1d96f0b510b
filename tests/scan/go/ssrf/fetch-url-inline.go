	resp, err := http.Get(r.URL.Query().Get("url")) // expect: CWE-918
