func logRequest(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ip := r.Header.Get("X-Forwarded-For") // ok: CWE-348
		log.Printf("%q %s %s", ip, r.Method, r.URL.Path)
		next.ServeHTTP(w, r)
	})
}
