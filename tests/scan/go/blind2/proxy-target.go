	target := r.URL.Query().Get("target")
	u, _ := url.Parse(target)
	proxy := httputil.NewSingleHostReverseProxy(u) // expect: CWE-918
	proxy.ServeHTTP(w, r)
