package files

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

const root = "/srv/uploads"

func Download(w http.ResponseWriter, r *http.Request) {
	p := filepath.Clean(filepath.Join(root, r.URL.Query().Get("file")))
	if !strings.HasPrefix(p, root+string(os.PathSeparator)) {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	f, err := os.Open(p) // ok: CWE-22
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}
