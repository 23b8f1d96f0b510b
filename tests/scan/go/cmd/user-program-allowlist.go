package api

import (
	"net/http"
	"os/exec"
)

var tools = map[string]string{"uptime": "/usr/bin/uptime", "df": "/bin/df"}

func RunTool(w http.ResponseWriter, r *http.Request) {
	path, ok := tools[r.URL.Query().Get("tool")]
	if !ok {
		http.Error(w, "unknown tool", 400)
		return
	}
	out, err := exec.Command(path).Output() // ok: CWE-78
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	w.Write(out)
}
