func Search(w http.ResponseWriter, r *http.Request) {
	log.Printf("search: %s", r.URL.Query().Get("q")) // expect: CWE-117
}
