        UserDefaults.standard.set(theme.rawValue, forKey: "theme") // ok: CWE-312
