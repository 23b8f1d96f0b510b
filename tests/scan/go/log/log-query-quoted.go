func Search(w http.ResponseWriter, r *http.Request) {
	log.Printf("search: %q", r.URL.Query().Get("q")) // ok: CWE-117
}
