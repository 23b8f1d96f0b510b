package web

import (
	"database/sql"
	"html/template"
	"net/http"
	"strconv"
)

type CommentView struct {
	Author string
	Body   string
}

func Comments(db *sql.DB, tpl *template.Template) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		post, err := strconv.ParseInt(r.URL.Query().Get("post"), 10, 64)
		if err != nil {
			http.Error(w, "bad post id", http.StatusBadRequest)
			return
		}
		rows, err := db.Query("SELECT author, body FROM comments WHERE post_id = $1", post) // ok: CWE-89
		if err != nil {
			http.Error(w, "db error", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		var list []CommentView
		for rows.Next() {
			var c CommentView
			rows.Scan(&c.Author, &c.Body)
			list = append(list, c)
		}
		tpl.ExecuteTemplate(w, "comments.html", list) // ok: CWE-79
	}
}
