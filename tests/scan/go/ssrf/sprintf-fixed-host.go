func user(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.URL.Query().Get("id"))
	resp, err := http.Get(fmt.Sprintf("https://api.example.com/users/%d", id)) // ok: CWE-918
	if err != nil {
		http.Error(w, "down", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
