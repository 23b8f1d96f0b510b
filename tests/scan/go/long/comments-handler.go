package web

import (
	"database/sql"
	"fmt"
	"html/template"
	"net/http"
)

type CommentView struct {
	Author string
	Body   template.HTML
}

func Comments(db *sql.DB, tpl *template.Template) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		post := r.URL.Query().Get("post")
		rows, err := db.Query(fmt.Sprintf("SELECT author, body FROM comments WHERE post_id = %s", post)) // expect: CWE-89
		if err != nil {
			http.Error(w, "db error", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		var list []CommentView
		for rows.Next() {
			var author, body string
			rows.Scan(&author, &body)
			list = append(list, CommentView{Author: author, Body: template.HTML(body)}) // expect: CWE-79
		}
		tpl.ExecuteTemplate(w, "comments.html", list)
	}
}
