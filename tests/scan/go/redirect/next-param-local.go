func Login(w http.ResponseWriter, r *http.Request) {
	if !checkCredentials(r) {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	next := r.URL.Query().Get("next")
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") {
		next = "/"
	}
	http.Redirect(w, r, next, http.StatusFound) // ok: CWE-601
}
