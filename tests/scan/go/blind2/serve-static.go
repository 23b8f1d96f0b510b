	http.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir("./public")))) // ok: CWE-22
