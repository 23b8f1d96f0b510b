package web

import (
	"net/http"
	"text/template"
)

var tpl = template.Must(template.New("search").Parse(`<p>Results for {{.Q}}</p>`))

func Search(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	tpl.Execute(w, map[string]string{"Q": r.URL.Query().Get("q")}) // expect: CWE-79
}
