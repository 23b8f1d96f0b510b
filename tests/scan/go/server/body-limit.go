	r.Body = http.MaxBytesReader(w, r.Body, 1<<20) // ok: CWE-400
	var req CreateRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
