func greet(w http.ResponseWriter, r *http.Request) {
	msg := r.FormValue("msg")
	w.Write([]byte("<div class=\"flash\">" + msg + "</div>")) // expect: CWE-79
}
