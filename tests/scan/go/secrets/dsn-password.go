package main

import (
	"database/sql"
	"log"

	_ "github.com/go-sql-driver/mysql"
)

func main() {
	db, err := sql.Open("mysql", "app:Pa55w0rd!@tcp(127.0.0.1:3306)/shop?parseTime=true") // expect: CWE-798
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
}
