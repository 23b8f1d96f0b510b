func greet(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "<p>"+r.FormValue("msg")+"</p>") // expect: CWE-79
}
