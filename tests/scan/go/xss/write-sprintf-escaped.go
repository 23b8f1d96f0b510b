func echoHandler(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	w.Write([]byte(fmt.Sprintf("<p>You searched for %s</p>", html.EscapeString(q)))) // ok: CWE-79
}
