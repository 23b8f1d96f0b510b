func static(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("f")
	http.ServeFile(w, r, filepath.Join(publicDir, filepath.Clean("/"+name))) // ok: CWE-22
}
