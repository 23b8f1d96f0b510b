package web

import (
	"html/template"
	"net/http"

	"github.com/microcosm-cc/bluemonday"
)

var page = template.Must(template.New("p").Parse(`<h1>{{.Title}}</h1><div>{{.Body}}</div>`))
var policy = bluemonday.UGCPolicy()

func Preview(w http.ResponseWriter, r *http.Request) {
	data := struct {
		Title string
		Body  template.HTML
	}{
		Title: r.FormValue("title"),
		Body:  template.HTML(policy.Sanitize(r.FormValue("body"))), // ok: CWE-79
	}
	page.Execute(w, data)
}
