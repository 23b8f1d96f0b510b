package main

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type App struct {
	DB *sql.DB
}

func (a *App) Routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/books", a.searchBooks)
	r.Get("/books/{id}", a.getBook)
	return r
}

func (a *App) searchBooks(w http.ResponseWriter, r *http.Request) {
	author := r.URL.Query().Get("author")
	rows, err := a.DB.Query("SELECT id, title FROM books WHERE author = '" + author + "'") // expect: CWE-89
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	json.NewEncoder(w).Encode(collect(rows))
}

func (a *App) getBook(w http.ResponseWriter, r *http.Request) {
	row := a.DB.QueryRow("SELECT id, title FROM books WHERE id = $1", chi.URLParam(r, "id")) // ok: CWE-89
	var b Book
	if err := row.Scan(&b.ID, &b.Title); err != nil {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(b)
}
