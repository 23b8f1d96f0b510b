func registerWebhook(w http.ResponseWriter, r *http.Request) {
	webhookURL := r.FormValue("url")
	resp, err := http.Post(webhookURL, "application/json", strings.NewReader(`{"ping":true}`)) // expect: CWE-918
	if err != nil {
		http.Error(w, "unreachable", http.StatusBadRequest)
		return
	}
	resp.Body.Close()
}
