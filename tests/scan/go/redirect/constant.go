	http.Redirect(w, r, "/dashboard", http.StatusFound) // ok: CWE-601
