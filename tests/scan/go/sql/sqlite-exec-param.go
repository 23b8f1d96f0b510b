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
	if _, err := db.Exec("INSERT INTO notes(body) VALUES(?)", os.Args[2]); err != nil { // ok: CWE-89
		log.Fatal(err)
	}
	fmt.Println("saved")
}
