	http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.Path), http.StatusFound) // ok: CWE-601
