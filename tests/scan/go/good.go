// Safe twins of bad.go: nothing here may be flagged.
package main

import (
	"crypto/aes"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"database/sql"
	"errors"
	"html"
	"log"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"

	"golang.org/x/crypto/bcrypt"
)

var apiToken = os.Getenv("API_TOKEN")                                      // ok: CWE-798
var allowedHosts = map[string]bool{"api.example.com": true}

func user(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	db.Query("SELECT * FROM users WHERE name = $1", name)                   // ok: CWE-89
	log.Printf("lookup %q", r.URL.Query().Get("name"))                      // ok: CWE-117
	w.Write([]byte("<h1>Hello " + html.EscapeString(name) + "</h1>"))       // ok: CWE-79
	raw := `SELECT * FROM users WHERE name = '" + name + "'`                // ok: CWE-89 raw string
	_ = raw
}

func ping(host string) {
	exec.Command("ping", "-c", "1", host).Run()                             // ok: CWE-78
}

func file(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("name"))
	data, _ := os.ReadFile(filepath.Join("/srv/files", name))               // ok: CWE-22
	w.Write(data)
}

func fetch(w http.ResponseWriter, r *http.Request) error {
	u, err := url.Parse(r.URL.Query().Get("url"))
	if err != nil || !allowedHosts[u.Hostname()] {
		return errors.New("host not allowed")
	}
	resp, err := http.Get(u.String())                                       // ok: CWE-918
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	http.Redirect(w, r, "/home", http.StatusFound)                          // ok: CWE-601
	return nil
}

func hashes(password string, data []byte) {
	_ = sha256.Sum256(data)                                                 // ok: CWE-328
	_, _ = bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost) // ok: CWE-916
	c, _ := aes.NewCipher(make([]byte, 32))                                 // ok: CWE-327
	_ = c
}

func resetToken() []byte {
	b := make([]byte, 32)
	rand.Read(b)                                                            // ok: CWE-338 crypto/rand
	return b
}

var client = &http.Client{Transport: &http.Transport{
	TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12},             // ok: CWE-295
}}

func scratch(data []byte) {
	f, _ := os.CreateTemp("", "upload-*")                                   // ok: CWE-377
	f.Write(data)
	os.Chmod("/srv/shared", 0750)                                           // ok: CWE-732
}
