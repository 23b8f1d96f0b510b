    UserDefaults.standard.set(hint, forKey: "passwordHint") // ok: CWE-312
