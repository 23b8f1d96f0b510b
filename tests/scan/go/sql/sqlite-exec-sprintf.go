package main

import (
	"database/sql"
	"fmt"
	"log"
	"os"

	_ "github.com/mattn/go-sqlite3"
)

func main() {
	db, err := sql.Open("sqlite3", "notes.db")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if len(os.Args) < 3 {
		log.Fatal("usage: notes add TEXT")
	}
	text := os.Args[2]
	stmt := fmt.Sprintf("INSERT INTO notes(body) VALUES('%s')", text)
	if _, err := db.Exec(stmt); err != nil { // expect: CWE-89
		log.Fatal(err)
	}
	fmt.Println("saved")
}
