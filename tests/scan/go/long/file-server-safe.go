package main

import (
	"io"
	"log"
	"net/http"
	"os"
	"strconv"
	"time"
)

func report(w http.ResponseWriter, r *http.Request) {
	year, err := strconv.Atoi(r.URL.Query().Get("year"))
	if err != nil || year < 2000 || year > 2100 {
		http.Error(w, "bad year", http.StatusBadRequest)
		return
	}
	root, err := os.OpenRoot("/var/lib/reports")
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	defer root.Close()
	f, err := root.Open(strconv.Itoa(year) + "/" + r.URL.Query().Get("name")) // ok: CWE-22
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

func main() {
	http.HandleFunc("/report", report)
	srv := &http.Server{Addr: ":8080", ReadHeaderTimeout: 5 * time.Second, WriteTimeout: 30 * time.Second}
	log.Fatal(srv.ListenAndServe()) // ok: CWE-400
}
