package main

import (
	"database/sql"
	"net/http"

	"github.com/labstack/echo/v4"
	_ "github.com/lib/pq"
)

type Note struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
}

func main() {
	db, err := sql.Open("postgres", "postgres://notes:notes123@localhost/notes?sslmode=disable") // expect: CWE-798
	if err != nil {
		panic(err)
	}
	e := echo.New()
	e.GET("/notes", func(c echo.Context) error {
		tag := c.QueryParam("tag")
		rows, err := db.Query("SELECT id, title FROM notes WHERE tag = '" + tag + "'") // expect: CWE-89
		if err != nil {
			return c.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()})
		}
		defer rows.Close()
		var out []Note
		for rows.Next() {
			var n Note
			rows.Scan(&n.ID, &n.Title)
			out = append(out, n)
		}
		return c.JSON(http.StatusOK, out)
	})
	e.Logger.Fatal(e.Start(":1323")) // expect: CWE-400
}
