    UserDefaults.standard.set(true, forKey: "hasSeenPasswordTips") // ok: CWE-312
