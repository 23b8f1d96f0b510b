	log.Println("login attempt:", r.FormValue("user")) // expect: CWE-117
