var attachments = http.FileServer(http.Dir("/var/attachments"))

func serveAttachment(w http.ResponseWriter, r *http.Request) {
	http.StripPrefix("/files/", attachments).ServeHTTP(w, r) // ok: CWE-22
}
