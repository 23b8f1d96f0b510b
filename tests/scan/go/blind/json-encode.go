	json.NewEncoder(w).Encode(user) // ok: CWE-79
