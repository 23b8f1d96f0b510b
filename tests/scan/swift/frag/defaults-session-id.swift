    defaults.set(sessionID, forKey: "session_id") // expect: CWE-312
