	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "hello %s\n", r.FormValue("name")) // ok: CWE-79
