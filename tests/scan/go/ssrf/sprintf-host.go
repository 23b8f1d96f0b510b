func status(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	resp, err := http.Get(fmt.Sprintf("http://%s/healthz", host)) // expect: CWE-918
	if err != nil {
		http.Error(w, "down", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}
