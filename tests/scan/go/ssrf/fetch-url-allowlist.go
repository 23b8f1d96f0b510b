package preview

import (
	"io"
	"net/http"
	"net/url"
)

var allowedHosts = map[string]bool{"images.example.com": true, "cdn.example.com": true}

func Fetch(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("url"))
	if err != nil || u.Scheme != "https" || !allowedHosts[u.Hostname()] {
		http.Error(w, "url not allowed", http.StatusBadRequest)
		return
	}
	resp, err := http.Get(u.String()) // ok: CWE-918
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, io.LimitReader(resp.Body, 1<<20))
}
