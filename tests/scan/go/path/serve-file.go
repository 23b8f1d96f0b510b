func serveAttachment(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	http.ServeFile(w, r, "/var/attachments/"+name) // expect: CWE-22
}
