package main

import (
	"database/sql"
	"net/http"
	"os"
	"time"

	"github.com/labstack/echo/v4"
	_ "github.com/lib/pq"
)

type Note struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL")) // ok: CWE-798
	if err != nil {
		panic(err)
	}
	e := echo.New()
	e.Server.ReadHeaderTimeout = 5 * time.Second
	e.GET("/notes", func(c echo.Context) error {
		rows, err := db.Query("SELECT id, title FROM notes WHERE tag = $1", c.QueryParam("tag")) // ok: CWE-89
		if err != nil {
			return c.JSON(http.StatusInternalServerError, map[string]string{"error": "query failed"})
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
	e.Logger.Fatal(e.Start(":1323")) // ok: CWE-400
}
