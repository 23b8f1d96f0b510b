	fmt.Fprint(w, "<h1>"+r.FormValue("title")+"</h1>") // expect: CWE-79
