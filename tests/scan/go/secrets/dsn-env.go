package main

import (
	"database/sql"
	"log"
	"os"

	_ "github.com/go-sql-driver/mysql"
)

func main() {
	db, err := sql.Open("mysql", os.Getenv("DATABASE_DSN")) // ok: CWE-798
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
}
