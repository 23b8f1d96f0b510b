	u, _ := url.Parse("http://billing.internal:8080")
	proxy := httputil.NewSingleHostReverseProxy(u) // ok: CWE-918
	proxy.ServeHTTP(w, r)
