	http.Redirect(w, r, r.FormValue("return"), http.StatusSeeOther) // expect: CWE-601
