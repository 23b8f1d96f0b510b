package main

import (
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
)

const dataDir = "/var/lib/reports"

func report(w http.ResponseWriter, r *http.Request) {
	year := r.URL.Query().Get("year")
	name := r.URL.Query().Get("name")
	f, err := os.Open(filepath.Join(dataDir, year, name)) // expect: CWE-22
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Type", "application/pdf")
	io.Copy(w, f)
}

func main() {
	http.HandleFunc("/report", report)
	log.Fatal(http.ListenAndServe(":8080", nil)) // expect: CWE-400
}
