func (h *Handler) deleteItem(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	if _, err := h.db.Exec(fmt.Sprintf("DELETE FROM items WHERE id = %s", id)); err != nil { // expect: CWE-89
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
