package files

import (
	"net/http"
	"os"
	"path/filepath"
)

const root = "/srv/uploads"

func Download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	data, err := os.ReadFile(filepath.Join(root, name)) // expect: CWE-22
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}
