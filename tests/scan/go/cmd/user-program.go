package api

import (
	"net/http"
	"os/exec"
)

func RunTool(w http.ResponseWriter, r *http.Request) {
	tool := r.URL.Query().Get("tool")
	out, err := exec.Command(tool, r.URL.Query().Get("arg")).Output() // expect: CWE-78
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	w.Write(out)
}
