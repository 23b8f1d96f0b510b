func Login(w http.ResponseWriter, r *http.Request) {
	if !checkCredentials(r) {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	next := r.URL.Query().Get("next")
	http.Redirect(w, r, next, http.StatusFound) // expect: CWE-601
}
