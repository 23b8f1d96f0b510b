func Canonical(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://www.example.com"+r.URL.Path, http.StatusMovedPermanently) // ok: CWE-601
}
