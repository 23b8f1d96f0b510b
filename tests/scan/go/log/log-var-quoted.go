func login(w http.ResponseWriter, r *http.Request) {
	username := r.FormValue("username")
	if !auth.Check(username, r.FormValue("password")) {
		log.Printf("failed login for %q", username) // ok: CWE-117
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
}
