func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Write([]byte("<html><body>Hello " + name + "</body></html>")) // expect: CWE-79
}
