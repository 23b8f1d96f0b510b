	logger.Infof("login attempt for %s from %s", r.FormValue("user"), r.Header.Get("User-Agent")) // expect: CWE-117
