	slog.Info("login attempt", "user", r.FormValue("user")) // ok: CWE-117
