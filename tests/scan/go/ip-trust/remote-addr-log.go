func accessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, _ := net.SplitHostPort(r.RemoteAddr) // ok: CWE-290
		start := time.Now()
		next.ServeHTTP(w, r)
		log.Printf("%s %s %q %v", host, r.Method, r.URL.Path, time.Since(start))
	})
}
