	resp, err := http.Get("https://api.github.com/repos/golang/go/releases/latest") // ok: CWE-918
