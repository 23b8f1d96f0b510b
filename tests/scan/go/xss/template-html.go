package web

import (
	"html/template"
	"net/http"
)

var page = template.Must(template.New("p").Parse(`<h1>{{.Title}}</h1><div>{{.Body}}</div>`))

func Preview(w http.ResponseWriter, r *http.Request) {
	data := struct {
		Title string
		Body  template.HTML
	}{
		Title: r.FormValue("title"),
		Body:  template.HTML(r.FormValue("body")), // expect: CWE-79
	}
	page.Execute(w, data)
}
