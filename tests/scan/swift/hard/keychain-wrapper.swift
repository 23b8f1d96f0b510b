    KeychainWrapper.standard.set(password, forKey: "password") // ok: CWE-312
