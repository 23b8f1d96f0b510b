// Vulnerable Go: every line marked expect: must be flagged with that CWE.
package main

import (
	"crypto/des"
	"crypto/md5"
	"crypto/sha256"
	"crypto/tls"
	"database/sql"
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
)

const apiToken = "ghp_8s7d6f5g4h3j2k1l0"                                     // expect: CWE-798

func user(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	db.Query(fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", name))    // expect: CWE-89
	db.Exec("DELETE FROM carts WHERE owner = '" + name + "'")               // expect: CWE-89
	log.Printf("lookup %s", r.URL.Query().Get("name"))                      // expect: CWE-117
	fmt.Fprintf(w, "<h1>Hello %s</h1>", name)                               // expect: CWE-79
}

func ping(host string) {
	exec.Command("sh", "-c", "ping -c 1 "+host).Run()                       // expect: CWE-78
}

func file(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	data, _ := os.ReadFile(filepath.Join("/srv/files", name))               // expect: CWE-22
	w.Write(data)
}

func fetch(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	resp, _ := http.Get(target)                                             // expect: CWE-918
	defer resp.Body.Close()
	http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)       // expect: CWE-601
}

func hashes(password string, data []byte) {
	_ = md5.Sum(data)                                                       // expect: CWE-328
	_ = sha256.Sum256([]byte(password))                                     // expect: CWE-916
	c, _ := des.NewCipher([]byte("8bytekey"))                               // expect: CWE-327
	_ = c
}

func resetToken() int64 {
	return rand.Int63()                                                     // expect: CWE-338
}

var client = &http.Client{Transport: &http.Transport{
	TLSClientConfig: &tls.Config{InsecureSkipVerify: true},                 // expect: CWE-295
}}

func scratch(data []byte) {
	os.WriteFile("/tmp/upload.bin", data, 0600)                             // expect: CWE-377
	os.Chmod("/srv/shared", 0777)                                           // expect: CWE-732
}
