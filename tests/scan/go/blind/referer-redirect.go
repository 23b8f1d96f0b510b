	http.Redirect(w, r, r.Header.Get("Referer"), http.StatusFound) // expect: CWE-601
