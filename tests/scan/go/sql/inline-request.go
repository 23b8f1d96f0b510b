func (h *Handler) byName(w http.ResponseWriter, r *http.Request) {
	rows, err := h.db.Query("SELECT id, email FROM users WHERE name = '" + r.URL.Query().Get("name") + "'") // expect: CWE-89
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeUsers(w, rows)
}
